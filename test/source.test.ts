// Habits of the source code that the compiler and the linter do not check.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/** `file:line /literal/` for each regular-expression literal written inside a function. */
function regexLiteralsInFunctions(file: string, code: string): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node, inFunction: boolean): void => {
    if (inFunction && ts.isRegularExpressionLiteral(node)) {
      found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.text}`);
    }
    const inside = inFunction || ts.isFunctionLike(node);
    ts.forEachChild(node, (child) => visit(child, inside));
  };
  visit(source, false);
  return found;
}

/** `new Set(['…` or `['…', '…'].includes(`: a list of words written out in code. */
const WORD_LIST = /new Set\(\[\s*['"]|\[\s*['"][^\]]*['"]\s*\]\.includes\(/;

describe('source habits', () => {
  // A regular-expression literal builds a new RegExp object each time it is evaluated. In the tokenizer's
  // per-token `normalize` that was 56 bytes a token, a quarter of all it allocated. Module-level constants instead.
  it('no regular-expression literal is written inside a function', () => {
    const found = sourceFiles(SRC).flatMap((f) =>
      regexLiteralsInFunctions(f.slice(SRC.length + 1), readFileSync(f, 'utf8')),
    );
    expect(found).toEqual([]);
  });

  // Word lists are data, in src/words (src/generated for built ones), where the rules that read them can share them.
  it('no logic file spells out a set or an inline list of words', () => {
    const found = sourceFiles(SRC)
      .map((f) => f.slice(SRC.length + 1))
      .filter(
        (f) =>
          !f.startsWith('words/') && !f.startsWith('generated/') && WORD_LIST.test(readFileSync(join(SRC, f), 'utf8')),
      );
    expect(found).toEqual(['validate.ts']); // its set is of QuoteKind values, not words
  });

  it('the check finds a literal inside a function, and none at module level', () => {
    const code =
      'const A = /a/;\nfunction f(s: string) { return /b/.test(s) || A.test(s); }\nconst g = (s: string) => s.split(/,/);';
    expect(regexLiteralsInFunctions('x.ts', code)).toEqual(['x.ts:2 /b/', 'x.ts:3 /,/']);
  });
});
