// No shared state: extracting leaves a host's compromise as it found it (saidby does not load compromise at run time;
// this keeps it so), and one call never leaks into the next.
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';

const HOST_TEXTS = [
  'Finance Minister Anna Berg said the bridge would reopen in May.',
  '"We will not pay twice," the minister told reporters on Monday.',
  'Kim Jong-un met Vladimir Putin in Pyongyang, according to state media.',
];

/** compromise numbers every term it ever makes (`id`), so two identical runs differ there; everything else must not. */
function withoutIds(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'id' ? undefined : v)));
}

/** What a host application sees from its own compromise: tags, people, quotations, and the lexicon's size. */
function hostView() {
  return {
    json: HOST_TEXTS.map((t) => withoutIds(nlp(t).json())),
    people: HOST_TEXTS.map((t) => nlp(t).people().out('array')),
    quotations: HOST_TEXTS.map((t) => nlp(t).quotations().out('array')),
    lexicon: Object.keys((nlp.model() as { one: { lexicon: object } }).one.lexicon).length,
  };
}

describe('no shared state', () => {
  it("the host's own nlp() gives the same output before and after extractQuotes", () => {
    const before = hostView();
    for (const t of HOST_TEXTS)
      extractQuotes(t, {
        extraEntities: [{ id: 'Q1', label: 'Anna Berg', type: 'person', roles: ['finance minister'] }],
      });
    extractQuotes(HOST_TEXTS.join('\n\n'), { knowledgeBase: false });
    expect(hostView()).toEqual(before);
  });

  it('a call with extra entities does not leak into the next call', () => {
    const text = 'Tomas Ek, the harbour master, said the port would stay shut.';
    const plain = extractQuotes(text);
    const withExtra = extractQuotes(text, { extraEntities: [{ id: 'Q999999', label: 'Tomas Ek', type: 'person' }] });
    expect(withExtra.entities.some((e) => e.link?.id === 'Q999999')).toBe(true);
    expect(extractQuotes(text)).toEqual(plain);
    expect(extractQuotes(text, { knowledgeBase: false })).toEqual(extractQuotes(text, { knowledgeBase: false }));
  });

  it('interleaved calls on different texts give what each gives alone', () => {
    const a = 'Mayor Jo Lind said: "The bridge is open."\n\n"It was a long wait," she said.';
    const b = 'The two signed a treaty, Russian state media reported. Putin said he appreciated the support.';
    const alone = [extractQuotes(a), extractQuotes(b)];
    const mixed = [a, b, a, b, b, a].map((t) => extractQuotes(t));
    expect(mixed).toEqual([alone[0], alone[1], alone[0], alone[1], alone[1], alone[0]]);
  });
});
