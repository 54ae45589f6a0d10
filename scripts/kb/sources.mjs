// Readers for the knowledge base's broader sources (see data/kb.md): Natural Earth 10m populated places, the US
// Congress and executive (congress-legislators), and the name-suggestion-index's Wikidata items. Each returns plain
// records; scripts/build-kb.mjs turns them into rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readCsvObjects } from './csv.mjs';

const year = (d) => (d && /^\d{4}/.test(String(d)) ? Number(String(d).slice(0, 4)) : undefined);

/**
 * Natural Earth 10m populated places with a Wikidata id: name forms, country (ISO alpha-2), first-order region
 * (`Massachusetts` for Cambridge, MA), population, and whether it is a national capital.
 */
export function naturalEarthPlaces(src) {
  const rows = readCsvObjects(
    readFileSync(join(src, 'natural-earth-10m/ne_10m_populated_places.attributes.csv'), 'utf8'),
  );
  const out = [];
  for (const r of rows) {
    if (!/^Q\d+$/.test(r.wikidataid ?? '')) continue;
    const label = r.NAME_EN || r.NAME;
    const aliases = [r.NAME, r.NAMEASCII, ...(r.NAMEALT ? r.NAMEALT.split('|') : [])].filter((a) => a && a !== label);
    out.push({
      qid: r.wikidataid,
      label,
      aliases,
      iso: r.ISO_A2 === '-99' ? '' : r.ISO_A2,
      region: r.ADM1NAME && r.ADM1NAME !== r.NAME ? r.ADM1NAME : '',
      population: Number(r.POP_MAX) || 0,
      capital: Number(r.ADM0CAP) === 1,
    });
  }
  return out;
}

/** A US legislator's or executive's terms, as KB terms: role, start and end years. */
function usTerm(t) {
  const role = {
    sen: 'united states senator',
    rep: 'member of the united states house of representatives',
    prez: 'president of the united states',
    viceprez: 'vice president of the united states',
  }[t.type];
  return { role, country: 'united states', start: year(t.start), end: year(t.end), head: t.type === 'prez' };
}

/**
 * Wikidata ids of office-holders by date of birth, from ep-scrapers-2022's people.csv: `1946-08-19` →
 * `[['Q1124', 'Bill Clinton']]`. For US presidents and vice-presidents that executive.yaml gives without an id.
 */
function peopleByBirth(src) {
  const byBirth = new Map();
  for (const r of readCsvObjects(readFileSync(join(src, 'ep-scrapers-2022/people.csv'), 'utf8'))) {
    if (!r.dob || !/^Q\d+$/.test(r.qid ?? '')) continue;
    const list = byBirth.get(r.dob) ?? [];
    list.push([r.qid, r.name]);
    byBirth.set(r.dob, list);
  }
  return byBirth;
}

/**
 * The id of an executive.yaml person without one, from ep-scrapers-2022: the one person born that day whose name
 * holds the surname (`William Clinton`, born 1946-08-19 → Q1124 `Bill Clinton`). None when no one or several match:
 * a president whose id no source gives is left out rather than guessed.
 */
function sourcedId(byBirth, p) {
  const last = p.name?.last;
  const born = p.bio?.birthday;
  const matches = (born && last && byBirth.get(String(born))?.filter(([, name]) => name?.includes(last))) || [];
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * The current US Congress and every president and vice-president: QID (from `id.wikidata`, else from ep-scrapers-2022
 * by date of birth and surname; people with neither are left out), name forms, gender, enwiki title and terms; a term
 * is current when it has not ended by the copy's date (2026-06-15, kb-sources/README.md).
 */
export function usPoliticians(src, today = '2026-06-15') {
  const read = (f) => parseYaml(readFileSync(join(src, 'congress-legislators', f), 'utf8'));
  const byBirth = peopleByBirth(src);
  const out = [];
  for (const [file, source] of [
    ['legislators-current.yaml', 'congress'],
    ['executive.yaml', 'executive'],
  ])
    for (const p of read(file)) {
      const n = p.name ?? {};
      const found = p.id?.wikidata ? undefined : sourcedId(byBirth, p);
      const qid = p.id?.wikidata ?? found?.[0];
      if (!qid) continue;
      const first = n.nickname ?? n.first;
      const aliases = [found?.[1], n.official_full, `${first} ${n.last}`, `${n.first} ${n.last}`].filter(Boolean);
      const terms = (p.terms ?? []).map((t) => ({ ...usTerm(t), current: String(t.end) >= today }));
      out.push({
        qid,
        label: found?.[1] ?? n.official_full ?? `${first} ${n.last}`,
        aliases,
        gender: p.bio?.gender === 'F' ? 'female' : p.bio?.gender === 'M' ? 'male' : '',
        enwiki: p.id?.wikipedia ?? found?.[1] ?? '',
        terms,
        source,
      });
    }
  return out;
}

/** Wikidata descriptions of places, as the name-suggestion-index gives them (`state of the United States`). */
const PLACE_DESCRIPTION = new RegExp(
  '^(?:[\\w-]+ ){0,3}(?:country|sovereign state|state|province|city|town|municipality|county|region|prefecture|' +
    'territory|capital|island|borough|village|commune|continent|metropolis)\\b',
  'i',
);
const NOT_PLACE = /\b(?:chain|company|brand|network|operator|agency|bank|authority|council|school|trust|language)\b/i;
/** Neither a place nor a body: `Esperanto` (language). */
const NEITHER = /^(?:[\w-]+ ){0,3}(?:language|dialect|script|currency)\b/i;
/**
 * The name-suggestion-index's Wikidata items with an English label: type (place when its description says so,
 * otherwise organisation), label, description, and the names OpenStreetMap uses for it (brand, name, operator,
 * network, their `:en` and `:short` forms, matchNames) as aliases.
 */
export function nameSuggestionItems(root) {
  const dist = join(root, 'node_modules/name-suggestion-index/dist');
  const wikidata = JSON.parse(readFileSync(join(dist, 'wikidata/wikidata.min.json'), 'utf8')).wikidata;
  const nsi = JSON.parse(readFileSync(join(dist, 'json/nsi.min.json'), 'utf8')).nsi;
  const names = new Map();
  const add = (qid, name) => {
    if (!qid || !name || !/^Q\d+$/.test(qid)) return;
    const set = names.get(qid) ?? new Set();
    set.add(name);
    names.set(qid, set);
  };
  for (const category of Object.values(nsi))
    for (const item of category.items ?? []) {
      const t = item.tags ?? {};
      for (const key of ['brand', 'operator', 'network']) {
        const qid = t[`${key}:wikidata`];
        for (const form of [t[key], t[`${key}:en`], t[`${key}:short`]]) add(qid, form);
        if (key === 'brand' && qid) add(qid, t.name);
      }
    }
  const out = [];
  for (const [qid, w] of Object.entries(wikidata)) {
    if (!w.label) continue;
    const description = w.description ?? '';
    if (NEITHER.test(description)) continue;
    const place = PLACE_DESCRIPTION.test(description) && !NOT_PLACE.test(description);
    out.push({
      qid,
      label: w.label,
      description,
      type: place ? 'place' : 'organization',
      aliases: [...(names.get(qid) ?? [])],
      within: place ? description.split(/, | in | of /).slice(1) : [],
    });
  }
  return out;
}
