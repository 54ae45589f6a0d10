// The types of build-kb.mjs, for scripts/generate.ts.
export declare function knowledgeBase(options?: { missing?: boolean }): Promise<{ text: string; notes: string[] }>;
