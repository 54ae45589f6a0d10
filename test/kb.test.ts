import { describe, expect, it } from 'vitest';
import {
  bundledText,
  countryNames,
  defaultKnowledgeBase,
  demonymCountry,
  kbParseCount,
  templateBody,
} from '../src/kb/default.js';
import { normalizeName } from '../src/kb/parse.js';

const kb = defaultKnowledgeBase();
const ids = (name: string, type: Parameters<typeof kb.lookup>[1] = 'unknown') => kb.lookup(name, type).map((c) => c.id);

describe('default knowledge base', () => {
  it('parses lazily, once', () => {
    expect(kbParseCount()).toBe(0);
    kb.lookup('Vladimir Putin', 'person');
    kb.lookup('Russia', 'place');
    defaultKnowledgeBase().lookup('Ukraine', 'unknown');
    expect(kbParseCount()).toBe(1);
  });

  it('links Vladimir Putin with his office', () => {
    const [putin] = kb.lookup('Vladimir Putin', 'person');
    expect(putin?.id).toBe('Q7747');
    expect(putin?.roles).toContain('president of russia');
    expect(putin?.countries).toContain('russia');
    expect(putin?.gender).toBe('male');
    expect(putin?.until).toBeUndefined();
    expect(ids('Vladimir Vladimirovich Putin', 'person')).toContain('Q7747');
  });

  it('folds hyphens, case and diacritics', () => {
    expect(ids('Kim Jong Un', 'person')).toContain('Q56226');
    expect(ids('Kim Jong-un', 'person')).toContain('Q56226');
    expect(ids('KIM JONG-UN', 'person')).toContain('Q56226');
    expect(normalizeName('U.S.')).toBe('us');
    expect(normalizeName('Côte d’Ivoire')).toBe("cote d'ivoire");
  });

  it('links countries and places', () => {
    expect(ids('Russia', 'place')[0]).toBe('Q159');
    expect(ids('North Korea', 'place')[0]).toBe('Q423');
    expect(ids('DPRK', 'place')[0]).toBe('Q423');
    expect(ids('Ukraine', 'place')[0]).toBe('Q212');
    expect(ids('U.S.', 'place')[0]).toBe('Q30');
    expect(ids('Moscow', 'place')[0]).toBe('Q649');
    expect(ids('Pyongyang', 'place')[0]).toBe('Q18808');
  });

  it('links organisations and filters by type', () => {
    expect(ids('AFP', 'organization')).toEqual(['Q40464']);
    expect(ids('Agence France-Presse', 'unknown')).toEqual(['Q40464']);
    expect(ids('TASS', 'organization')).toEqual(['Q223799']);
    expect(ids('the Pentagon', 'organization')).toEqual(['Q11209']);
    expect(ids('AFP', 'person')).toEqual([]);
    expect(ids('Moscow', 'person')).toEqual([]);
  });

  it('leaves out items whose QID is not certain', () => {
    // RIA Novosti and the Kremlin are left out on purpose (see data/kb.md): no link beats a wrong one.
    expect(ids('RIA Novosti')).toEqual([]);
    expect(ids('the Kremlin')).toEqual([]);
  });

  it('returns nothing for an unknown name', () => {
    expect(kb.lookup('Zorblax Quuxington', 'unknown')).toEqual([]);
    expect(kb.lookup('', 'unknown')).toEqual([]);
  });

  it('maps demonyms and lists country names', () => {
    expect(demonymCountry('Russian')).toBe('russia');
    expect(demonymCountry('North Korean')).toBe('north korea');
    expect(demonymCountry('American')).toBe('united states');
    expect(demonymCountry('Blorvian')).toBeNull();
    expect(countryNames().has('russia')).toBe(true);
    expect(countryNames().has('north korea')).toBe(true);
  });
});

describe('the bundled knowledge base as a module (dist/kb-data.cjs)', () => {
  it('reads the text back from the template literal the build writes, escapes undone', () => {
    const text = 'Q1\tl\tA `quoted` name\t\\n and ${not} a placeholder\n';
    const file = `'use strict';\nmodule.exports = \`${templateBody(text)}\`;\n`;
    // the module Node would load gives the same text as the loader's slice
    expect(new Function('module', `${file}; return module.exports;`)({})).toBe(text);
    expect(bundledText('/x/dist/kb-data.cjs', file)).toBe(text);
    expect(bundledText('/x/src/generated/kb.sbkb', text)).toBe(text);
  });
});
