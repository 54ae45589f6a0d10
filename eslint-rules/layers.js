// ESLint rule `saidby/layers`: every import in src/ runs downward. A file's place is the first segment of its path
// under src/, without the extension, so `src/node.ts` and `src/node/pool.ts` are both `node`. Options:
//   floors  units bottom up, one array per floor: a file imports its own floor or a lower one, never a higher one;
//   apart   pairs [a, b] of path prefixes: files under `a` never import files under `b` (`node` never imports `cli`);
//   allow   exceptions, { 'doc/token-flags.ts': ['mentions/words.ts'] }: exactly these imports pass, and an
//           exception the file no longer needs is reported, so that it is removed.
// Only relative specifiers are checked (`../doc/doc.js`); packages and Node's modules are other rules' business.
import path from 'node:path';

/** `segment/tokenize.ts` for a `.js` specifier that names a TypeScript file, as the sources write them. */
function sourcePath(rel) {
  return rel.replace(/\.js$/, '.ts');
}

function withoutExtension(rel) {
  return rel.replace(/\.[cm]?[jt]s$/, '');
}

/** Is the file at `rel` (under src/, no extension) at or under `prefix` (`node` holds `node` and `node/pool`)? */
function under(rel, prefix) {
  return rel === prefix || rel.startsWith(`${prefix}/`);
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Imports in src/ run from a higher floor to a lower one, never back up' },
    schema: [
      {
        type: 'object',
        properties: {
          floors: { type: 'array', items: { type: 'array', items: { type: 'string' } } },
          apart: { type: 'array', items: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 } },
          allow: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
        },
        required: ['floors'],
        additionalProperties: false,
      },
    ],
    messages: {
      up: '{{from}} (floor {{fromFloor}}) imports {{to}} (floor {{toFloor}}): imports run downward (eslint.config.js).',
      apart: '{{from}} imports {{to}}: {{a}} never imports {{b}} (see eslint.config.js).',
      nowhere: '{{file}} is on no floor: add its folder to the floors in eslint.config.js.',
      stale: '{{file}} no longer imports {{to}}: remove the exception from eslint.config.js.',
    },
  },
  create(context) {
    const { floors, apart = [], allow = {} } = context.options[0];
    const src = path.join(context.cwd, 'src');
    const relative = (file) => path.relative(src, file).split(path.sep).join('/');
    const file = relative(context.filename);
    if (file.startsWith('..')) return {};

    const floorOf = (rel) => floors.findIndex((units) => units.some((unit) => under(rel, unit)));
    const here = withoutExtension(file);
    const fromFloor = floorOf(here);
    const unused = new Set(allow[file] ?? []);

    function check(source) {
      if (source?.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = sourcePath(relative(path.resolve(path.dirname(context.filename), source.value)));
      if (target.startsWith('..')) return;
      if (allow[file]?.includes(target)) {
        unused.delete(target);
        return;
      }
      const there = withoutExtension(target);
      const toFloor = floorOf(there);
      if (fromFloor >= 0 && toFloor > fromFloor) {
        const data = { from: file, to: target, fromFloor: fromFloor + 1, toFloor: toFloor + 1 };
        context.report({ node: source, messageId: 'up', data });
      }
      for (const [a, b] of apart) {
        if (!under(here, a) || !under(there, b)) continue;
        context.report({ node: source, messageId: 'apart', data: { from: file, to: target, a, b } });
      }
    }

    return {
      Program(node) {
        if (fromFloor < 0) context.report({ node, messageId: 'nowhere', data: { file } });
      },
      'Program:exit'(node) {
        for (const to of unused) context.report({ node, messageId: 'stale', data: { file, to } });
      },
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};
