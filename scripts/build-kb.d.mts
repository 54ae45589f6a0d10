// The types of build-kb.mjs, for scripts/generate.ts.
export declare function knowledgeBase(options?: {
  missing?: boolean;
}): Promise<{ kb: string; nations: string; notes: string[] }>;
