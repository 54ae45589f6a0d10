// Builds src/generated/kb.sbkb, the default knowledge base, from ../shared/kb-sources (Wikidata CC0 extracts, CIA World
// Factbook, Natural Earth: public domain), MIT npm packages (i18n-iso-countries, countries-list, i18n-nationality,
// compromise-wikipedia) and the hand table data/kb-hand.ts; and src/generated/nations.ts (demonyms, country names).
// Run by `npm run generate` (see data/kb.md).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { unpack } from 'efrt';
import { readCsvObjects } from './kb/csv.mjs';
import { HAND } from '../data/kb-hand.js';
import { compactText } from '../src/kb/write.ts';
import { COLUMNS } from '../src/kb/compact.ts';
import { nameSuggestionItems, naturalEarthPlaces, usPoliticians } from './kb/sources.mjs';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, '..', 'shared', 'kb-sources');

/**
 * The text of src/generated/kb.sbkb (the compact format, src/kb/compact.ts) and of src/generated/nations.ts, and
 * notes: counts, and (with `missing`) the Factbook leaders that could not be given a QID.
 */
export async function knowledgeBase({ missing = false } = {}) {
  built ??= buildKnowledgeBase({ missing });
  return built;
}

/** One build per process: the generator asks for the knowledge base and for the nations table. */
let built = null;

async function buildKnowledgeBase({ missing }) {
  const read = (p) => readFileSync(join(SRC, p), 'utf8');
  const csv = (p) => readCsvObjects(read(p));
  const nm = (f) => JSON.parse(readFileSync(join(ROOT, 'node_modules', f), 'utf8'));
  const isoEn = nm('i18n-iso-countries/langs/en.json').countries;
  const iso = require('i18n-iso-countries');
  const countriesList = nm('countries-list/countries.min.json');
  const nationality = nm('i18n-nationality/langs/en.json').nationalities;
  const wikiModel = (await import(join(ROOT, 'node_modules/compromise-wikipedia/src/_model.js'))).default;
  const popular = new Set(Object.keys(unpack(wikiModel)));

  /** Same folding as src/kb/parse.ts `normalize` (used here only to drop duplicate aliases). */
  function norm(s) {
    let t = s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    t = t
      .replace(/[’‘`´]/g, "'")
      .replace(/\./g, '')
      .replace(/[-‐‑‒–—_,]/g, ' ');
    t = t.split(/\s+/).filter(Boolean).join(' ');
    return t.startsWith('the ') ? t.slice(4) : t;
  }
  const year = (d) => (d && /^\d{4}/.test(d) ? Number(d.slice(0, 4)) : undefined);
  const clean = (s) => (s ?? '').replace(/[\t\n|]/g, ' ').trim();

  // ---------- Factbook (raw JSON, one file a country) ----------
  const factbook = new Map(); // fips -> record
  for (const region of readdirSync(join(SRC, 'factbook-json/raw'))) {
    const dir = join(SRC, 'factbook-json/raw', region);
    for (const f of readdirSync(dir)) {
      if (!f.endsWith('.json')) continue;
      const d = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const g = d.Government ?? {};
      const cn = g['Country name'] ?? {};
      const txt = (o) => (o && typeof o.text === 'string' ? o.text : '');
      const nat = d['People and Society']?.Nationality ?? {};
      const exec = g['Executive branch'] ?? {};
      factbook.set(f.slice(0, -5), {
        short: txt(cn['conventional short form']),
        long: txt(cn['conventional long form']),
        localShort: txt(cn['local short form']),
        abbreviation: txt(cn.abbreviation),
        former: txt(cn.former),
        adj: txt(nat.adjective),
        noun: txt(nat.noun),
        tld: txt(d.Communications?.['Internet country code']).trim().toLowerCase(),
        chief: txt(exec['chief of state']),
        head: txt(exec['head of government']),
      });
    }
  }
  const factbookByTld = new Map(
    [...factbook]
      .filter(([, r]) => /^\.[a-z]{2}$/.test(r.tld))
      .map(([k, r]) => [r.tld.slice(1).replace('uk', 'gb'), k]),
  );
  const dropParens = (s) => {
    const i = s.indexOf('(');
    return i < 0 ? s : s.slice(0, i);
  };
  const cutNote = (s) => {
    const i = s.search(/note\b/i);
    return i < 0 ? s : s.slice(0, i);
  };
  const splitNames = (s) =>
    cutNote(s)
      .split(/[;,/]| or /)
      .map((x) => dropParens(x).trim())
      .filter((x) => x && x.toLowerCase() !== 'none' && !/[:;]/.test(x));

  // ---------- Countries: Natural Earth (QID, FIPS) + world-leaders (QID, name) ----------
  const FIPS_FIX = { Q20: 'no', Q801: 'is', Q958: 'od', Q142: 'fr' };
  const ISO_FIX = { Q20: 'NO', Q142: 'FR', Q23681: '', Q34754: '' };
  const NAME_FIX = {
    TR: 'Turkey',
    TL: 'East Timor',
    CZ: 'Czechia',
    CD: 'Democratic Republic of the Congo',
    CG: 'Republic of the Congo',
  };
  const countries = new Map(); // qid -> {name, iso, fips, aliases:Set}
  function addCountry(qid, iso2, fips, fallbackName, extraAliases) {
    if (countries.has(qid)) return;
    const name = (iso2 && (NAME_FIX[iso2] ?? countriesList[iso2]?.name)) || fallbackName;
    countries.set(qid, { qid, name, iso: iso2, fips, aliases: new Set([name, fallbackName, ...extraAliases]) });
  }
  for (const r of csv('natural-earth-110m/ne_110m_admin_0_countries.attributes.csv')) {
    const qid = r.WIKIDATAID;
    const iso2 =
      qid in ISO_FIX ? ISO_FIX[qid] : r.ISO_A2 !== '-99' ? r.ISO_A2 : (iso.alpha3ToAlpha2(r.ISO_A3_EH) ?? '');
    const fips = FIPS_FIX[qid] ?? (r.FIPS_10_ !== '-99' ? r.FIPS_10_.toLowerCase() : '');
    addCountry(
      qid,
      iso2,
      fips,
      r.NAME_EN,
      [r.NAME, r.NAME_LONG, r.ADMIN, r.FORMAL_EN, r.NAME_CIAWF].filter((x) => x && x !== '-99' && !x.includes('.')),
    );
  }
  const leaders = csv('world-leaders-2021/wikidata.csv');
  for (const r of leaders) {
    if (countries.has(r.countryid)) continue;
    const iso2 = iso.getAlpha2Code(r.country, 'en') ?? '';
    addCountry(r.countryid, iso2, iso2 ? (factbookByTld.get(iso2.toLowerCase()) ?? '') : '', r.country, []);
  }
  for (const c of countries.values()) {
    const fb = factbook.get(c.fips);
    if (fb)
      for (const n of [
        fb.short,
        fb.long,
        fb.localShort,
        ...splitNames(fb.abbreviation),
        ...splitNames(fb.former.replace(/\//g, '-')),
      ])
        for (const x of splitNames(n)) c.aliases.add(x);
    if (c.iso) {
      const names = isoEn[c.iso];
      for (const n of Array.isArray(names) ? names : names ? [names] : []) c.aliases.add(n);
      for (const n of countriesList[c.iso]?.alias ?? []) c.aliases.add(n);
    }
  }
  const countryName = (qid) => countries.get(qid)?.name.toLowerCase();

  // Demonyms: i18n-nationality first (it tells North Korean from South Korean), then Factbook adjectives and nouns
  // that name exactly one country.
  const demonyms = new Map();
  const byIso = new Map([...countries.values()].filter((c) => c.iso).map((c) => [c.iso, c]));
  for (const [code, dem] of Object.entries(nationality)) {
    const c = byIso.get(code);
    if (c)
      for (const d of Array.isArray(dem) ? dem : [dem])
        if (!demonyms.has(norm(d))) demonyms.set(norm(d), c.name.toLowerCase());
  }
  const fbDem = new Map();
  for (const c of countries.values()) {
    const fb = factbook.get(c.fips);
    if (!fb) continue;
    for (const w of [...splitNames(fb.adj), ...splitNames(fb.noun.replace(/\(s\)/g, ''))]) {
      const k = norm(w);
      if (!k || k.split(' ').length > 3) continue;
      fbDem.set(k, fbDem.has(k) && fbDem.get(k) !== c.name.toLowerCase() ? null : c.name.toLowerCase());
    }
  }
  for (const [k, v] of fbDem) if (v && !demonyms.has(k)) demonyms.set(k, v);

  // ---------- People ----------
  const people = new Map(); // qid -> {label, gender, enwiki, terms: [{role, country, end, current, head}]}
  const person = (qid, name) => {
    let p = people.get(qid);
    if (!p) people.set(qid, (p = { qid, label: name, gender: '', enwiki: '', terms: [], aliases: new Set() }));
    return p;
  };
  const bio = new Map();
  for (const r of csv('ep-scrapers-2022/people.csv'))
    bio.set(r.qid, { name: r.name, gender: r.gender, enwiki: r.enwiki });
  for (const r of csv('ep-world-international/html_bio.csv'))
    if (!bio.has(r.id)) bio.set(r.id, { name: r.name, gender: r.gender, enwiki: r.enwiki });
  const positions = new Map();
  for (const r of csv('ep-scrapers-2022/positions.csv')) positions.set(r.position_qid, r.label);
  for (const r of csv('ep-world-international/wikidata_results_position-info.csv'))
    positions.set(r.position, r.positionLabel);
  // A few rows carry a sub-national or odd country QID: fall back to the country the source repository is named after.
  const countryByAlias = new Map();
  for (const c of countries.values())
    for (const a of c.aliases) if (!countryByAlias.has(norm(a))) countryByAlias.set(norm(a), c.name.toLowerCase());
  const repoCountry = (repo) => countryByAlias.get(norm(repo.replace(/-(?:cabinet|ministers|politicians)$/, ''))) ?? '';

  for (const r of leaders) {
    const p = person(r.officeholder, r.officeholderLabel);
    p.terms.push({
      role: r.positionLabel.toLowerCase(),
      country: countryName(r.countryid) ?? r.country.toLowerCase(),
      start: year(r.start_year),
      end: year(r.end_year),
      current: !r.end_year,
      head: true,
    });
  }
  for (const r of csv('ep-scrapers-2022/officeholders.csv')) {
    const country = countryName(r.country_qid) ?? repoCountry(r.source_repo);
    const long = positions.get(r.position_qid);
    const role = (
      long ??
      (!country || r.position_label.toLowerCase().includes(` of ${country}`)
        ? r.position_label
        : `${r.position_label} of ${country}`)
    ).toLowerCase();
    person(r.person_qid, r.person_name).terms.push({
      role,
      country,
      start: year(r.start),
      end: year(r.end),
      current: r.is_current === '1',
      head: false,
    });
  }
  const intl = [...csv('ep-world-international/html_holders21.csv'), ...csv('ep-world-international/html_current.csv')];
  for (const r of intl)
    person(r.personID, r.person).terms.push({
      role: r.position.toLowerCase(),
      country: '',
      start: year(r.start),
      end: year(r.end),
      current: !r.end,
      head: /^secretary-general/i.test(r.position),
    });
  for (const r of csv('ep-world-international/html_officeholders.csv')) {
    const label = positions.get(r.position);
    const b = bio.get(r.officeholder);
    if (label && b)
      person(r.officeholder, b.name).terms.push({
        role: label.toLowerCase(),
        country: '',
        start: year(r.start),
        end: year(r.end),
        current: !r.end,
        head: false,
      });
  }

  // The US Congress of 2026 and the presidents and vice-presidents (congress-legislators): their terms and name forms.
  const usCounts = { congress: 0, executive: 0 };
  for (const u of usPoliticians(SRC)) {
    const p = person(u.qid, u.label);
    p.terms.push(...u.terms);
    for (const a of u.aliases) p.aliases.add(a);
    p.usGender = u.gender;
    p.usEnwiki = u.enwiki;
    usCounts[u.source]++;
  }

  // Aliases: the name without middle initials or patronymics, and the enwiki title without its parenthetical.
  const PATRONYMIC = /(?:ovich|evich|ovych|ovna|evna|ivna|yevna|ich|ichna|ovitch)$/i;
  function shortForms(name) {
    const t = name.split(' ').filter(Boolean);
    if (t.length < 3) return [];
    const keep = t.filter((w, i) => i === 0 || i === t.length - 1 || !(/^[A-Z]\.?$/.test(w) || PATRONYMIC.test(w)));
    return keep.length < t.length ? [keep.join(' ')] : [];
  }
  for (const p of people.values()) {
    const b = bio.get(p.qid);
    if (b) {
      p.label = b.name || p.label;
      p.gender = b.gender;
      p.enwiki = b.enwiki;
    }
    p.gender ||= p.usGender ?? '';
    p.enwiki ||= p.usEnwiki ?? '';
    for (const a of shortForms(p.label)) p.aliases.add(a);
    if (p.enwiki) p.aliases.add(dropParens(p.enwiki).trim());
  }

  // Factbook (January 2026) leaders: no QIDs. Link a Factbook name to a KB person of the same country when a name
  // form matches; otherwise the leader is left out (listed in the build report).
  const aliasIndex = new Map();
  for (const p of people.values())
    for (const a of [p.label, ...p.aliases]) {
      const k = norm(a);
      if (!aliasIndex.has(k)) aliasIndex.set(k, []);
      aliasIndex.get(k).push(p);
    }
  const titleCase = (w) =>
    /^[A-Z][A-Z'-]+$/.test(w)
      ? w
          .split('-')
          .map((s) => s[0] + s.slice(1).toLowerCase())
          .join('-')
      : w;
  const factbookMissing = [];
  let factbookLinked = 0;
  for (const c of countries.values()) {
    const fb = factbook.get(c.fips);
    if (!fb) continue;
    for (const [text, kind] of [
      [fb.chief, 'chief of state'],
      [fb.head, 'head of government'],
    ]) {
      const first = text
        .split(/;|<br>/)[0]
        .split(' (')[0]
        .trim();
      const words = first.split(' ').filter(Boolean);
      const caps = words.findIndex((w) => /^[A-Z][A-Z'-]+$/.test(w.replace(/,$/, '')) && w.length > 1);
      if (caps < 0) continue;
      let found = null;
      let full = '';
      for (let s = 0; s <= caps && !found; s++) {
        const name = words
          .slice(s)
          .map((w) => titleCase(w.replace(/,$/, '')))
          .join(' ');
        for (const form of [name, ...shortForms(name), `${words[s]} ${titleCase(words[caps])}`]) {
          const hit = [...new Set(aliasIndex.get(norm(form)) ?? [])].filter((p) =>
            p.terms.some((t) => t.country === c.name.toLowerCase()),
          );
          if (hit.length === 1) {
            found = hit[0];
            full = name;
            break;
          }
        }
      }
      if (found) {
        factbookLinked++;
        found.aliases.add(full);
        found.factbookCurrent = true;
      } else factbookMissing.push(`${c.name}: ${kind} ${words.map(titleCase).join(' ')}`);
    }
  }

  // ---------- Rows ----------
  /** When a person held office, as merged year spans: `1981-1993|2001-` (an open end: still in office). */
  function servedYears(terms) {
    const spans = terms
      .filter((t) => t.start !== undefined || t.end !== undefined)
      .map((t) => [t.start ?? t.end, t.end ?? (t.current ? Infinity : t.start)])
      .sort((a, b) => a[0] - b[0]);
    const merged = [];
    for (const [a, b] of spans) {
      const last = merged.at(-1);
      if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
      else merged.push([a, b]);
    }
    return merged.map(([a, b]) => `${a}-${b === Infinity ? '' : b}`).join('|');
  }
  const clamp = (x) => Math.min(0.95, Math.max(0.05, x));
  const fmt = (x) => String(Math.round(x * 100) / 100);
  // row() makes its fields in the order of COLUMNS (src/kb/compact.ts), which compactText writes by default: a new
  // field is a new name there.
  function row(id, type, label, aliases, countriesOf, roles, gender, until, prior, served = '', within = '') {
    const seen = new Set([norm(label)]);
    const al = [];
    for (const a of aliases) {
      const k = norm(a);
      if (k && !seen.has(k)) {
        seen.add(k);
        al.push(clean(a));
      }
    }
    const fields = [
      id,
      type,
      clean(label),
      al.join('|'),
      [...new Set(countriesOf)].filter(Boolean).join('|'),
      [...new Set(roles)].join('|'),
      gender,
      until ?? '',
      fmt(prior),
      served,
      within,
    ];
    while (fields.length > 9 && !fields.at(-1)) fields.pop(); // the new trailing fields, when empty
    return fields.join('\t');
  }
  const TYPE = { person: 'p', organization: 'o', place: 'l' };
  const countryRows = [...countries.values()]
    .sort((a, b) => a.qid.localeCompare(b.qid, 'en', { numeric: true }))
    .map((c) =>
      row(c.qid, TYPE.place, c.name, [...c.aliases], [c.name.toLowerCase()], [], '', undefined, c.iso ? 0.9 : 0.7),
    );

  const personRows = [];
  const counts = { heads: 0, current: 0, popular: 0 };
  for (const p of people.values()) {
    if (p.terms.length === 0 || !/^Q\d+$/.test(p.qid)) continue;
    const current = p.factbookCurrent || p.terms.some((t) => t.current);
    const head = p.terms.some((t) => t.head);
    const known = p.enwiki && popular.has(p.enwiki.toLowerCase());
    // All office-holders are kept (the output stays far under 2 MB gzipped); the least notable get the lowest prior.
    let prior = 0.1 + (head ? 0.3 : 0) + (current ? 0.15 : 0) + (known ? 0.3 : 0) + (p.enwiki ? 0.05 : 0);
    if (!p.enwiki && !current) prior = 0.05;
    counts.heads += head ? 1 : 0;
    counts.current += current ? 1 : 0;
    counts.popular += known ? 1 : 0;
    const terms = [...p.terms].sort(
      (a, b) => Number(b.current) - Number(a.current) || (b.end ?? 9999) - (a.end ?? 9999),
    );
    const ends = p.terms.map((t) => t.end).filter((e) => e !== undefined);
    const until = current || ends.length === 0 ? undefined : Math.max(...ends);
    const gender = p.gender === 'male' ? 'm' : p.gender === 'female' ? 'f' : '';
    personRows.push(
      row(
        p.qid,
        TYPE.person,
        p.label,
        [...p.aliases],
        terms.map((t) => t.country),
        terms.map((t) => t.role),
        gender,
        until,
        clamp(prior),
        servedYears(p.terms),
      ),
    );
  }
  const LOW_PRIOR = new Set(['New York', 'Georgia', 'Washington (state)']);
  const handRows = HAND.map(([id, type, label, aliases, country, roles]) =>
    row(
      id,
      TYPE[type],
      label,
      aliases,
      [country],
      roles ?? [],
      '',
      undefined,
      LOW_PRIOR.has(label) ? 0.4 : type === 'place' ? 0.75 : 0.8,
    ),
  );
  const known = new Set([...countries.keys(), ...people.keys(), ...HAND.map((h) => h[0])]);

  /** `Middlesex County, Massachusetts, United States of America` → the country, and the regions folded. */
  const whereIs = (parts) => {
    const country = parts.map((x) => countryByAlias.get(norm(x))).find(Boolean) ?? '';
    const regions = parts.filter((x) => !countryByAlias.has(norm(x))).map(norm);
    return [country, regions.join('|')];
  };
  const PUBLIC_BODY = new RegExp(
    '\\b(?:armed forces|military|army|navy|air force|government agency|ministry|department of|police|postal|' +
      'federal|national (?:railway|broadcaster|park service)|public broadcaster|university)\\b',
    'i',
  );

  // Natural Earth 10m populated places: the population is the prior (`Cambridge`, England, 0.32; Cambridge,
  // Massachusetts, 0.32; the article's words choose), a national capital a little more; the first-order region goes in
  // `within` so that `Cambridge, Massachusetts` can choose.
  const placeRows = [];
  for (const pl of naturalEarthPlaces(SRC)) {
    if (known.has(pl.qid)) continue;
    known.add(pl.qid);
    const country = byIso.get(pl.iso)?.name.toLowerCase() ?? '';
    const prior = 0.25 + 0.07 * Math.log10(Math.max(pl.population, 1e4) / 1e4) + (pl.capital ? 0.1 : 0);
    placeRows.push(
      row(pl.qid, TYPE.place, pl.label, pl.aliases, [country], [], '', undefined, clamp(prior), '', norm(pl.region)),
    );
  }

  // name-suggestion-index: brands, operators and the places their location sets use. An organisation goes in when
  // it is among compromise-wikipedia's popular titles (`Google`) or is a public body (`United States Navy`); the
  // thousands of regional chains and operators (a shop chain called `Sputnik`) would only be wrong links in news.
  const brandRows = [];
  const nsiCounts = { organizations: 0, places: 0, left: 0 };
  for (const item of nameSuggestionItems(ROOT)) {
    if (known.has(item.qid)) continue;
    const isPopular = [item.label, ...item.aliases].some((n) => popular.has(n.toLowerCase()));
    if (item.type === 'organization' && !isPopular && !PUBLIC_BODY.test(item.description)) {
      nsiCounts.left++;
      continue;
    }
    known.add(item.qid);
    const prior = isPopular ? 0.35 : 0.2;
    const [country, regions] = whereIs(item.within);
    nsiCounts[item.type === 'place' ? 'places' : 'organizations']++;
    brandRows.push(
      row(item.qid, TYPE[item.type], item.label, item.aliases, [country], [], '', undefined, prior, '', regions),
    );
  }
  const demonymRows = [...demonyms].sort().map(([k, v]) => `${k}\t${v}`);

  // ---------- Output ----------
  const snap = (d) =>
    existsSync(join(SRC, d, 'SNAPSHOT_COMMIT')) ? read(`${d}/SNAPSHOT_COMMIT`).split('\n')[0].trim() : 'see SOURCE.md';
  const pkg = (n) => nm(`${n}/package.json`).version;
  const sources = [
    'generated by scripts/build-kb.mjs: do not edit. Change the script or data/kb-hand.ts, ' +
      'and rerun `npm run generate`.',
    `sources (../shared/kb-sources): world-leaders-2021 ${snap('world-leaders-2021')}; ep-scrapers-2022 (174 repos, ` +
      `snapshots 2022-07-23..2023-01-13); ep-world-international ${snap('ep-world-international')}; factbook-json ` +
      `${snap('factbook-json')} (Factbook January 2026); Natural Earth 110m admin-0 (4.x); Natural Earth 10m ` +
      `populated places ${snap('natural-earth-10m')}; congress-legislators ${snap('congress-legislators')}; ` +
      `name-suggestion-index ${pkg('name-suggestion-index')} (npm).`,
    'licences: all Wikidata values CC0, Factbook and Natural Earth public domain, congress-legislators CC0, ' +
      'name-suggestion-index BSD-3-Clause. npm (MIT): ' +
      `i18n-iso-countries ${pkg('i18n-iso-countries')}, countries-list ${pkg('countries-list')}, ` +
      `i18n-nationality ${pkg('i18n-nationality')}, compromise-wikipedia ${pkg('compromise-wikipedia')}.`,
    'served: years in office (`1981-1993|2001-`); within: the regions a place lies in, folded (`massachusetts`).',
  ];
  // The rows in lookup order: a name's candidates of equal prior come countries first, then hand rows (with the
  // Natural Earth places and the name-suggestion-index items), then people.
  const rows = [...countryRows, ...handRows, ...placeRows, ...brandRows, ...personRows].map((r) => r.split('\t'));
  const out = compactText('saidby-default', rows, COLUMNS, sources);
  const nations = `// GENERATED by scripts/build-kb.mjs: do not edit. Change the script and rerun \`npm run generate\`.
// See data/kb.md. Sources: i18n-nationality ${pkg('i18n-nationality')} (MIT), the knowledge base's countries.
// Demonym rows: demonym, country (lower case). Country names: the countries' labels, lower case.

export const DEMONYMS = ${JSON.stringify(demonymRows.join('\n'))};

export const COUNTRY_NAMES = ${JSON.stringify(countryRows.map((r) => r.split('\t')[2].toLowerCase()).join('\n'))};
`;
  const notes = [
    JSON.stringify({
      countries: countryRows.length,
      people: personRows.length,
      hand: handRows.length,
      naturalEarthPlaces: placeRows.length,
      nameSuggestion: nsiCounts,
      us: usCounts,
      handOrganizations: HAND.filter((h) => h[1] === 'organization').length,
      handPlaces: HAND.filter((h) => h[1] === 'place').length,
      demonyms: demonymRows.length,
      ...counts,
      factbookLinked,
      factbookMissing: factbookMissing.length,
      bytes: Buffer.byteLength(out),
    }),
  ];
  if (missing) notes.push(factbookMissing.join('\n'));
  return { kb: out, nations, notes };
}

// `npx tsx scripts/build-kb.mjs --missing`: the counts and the Factbook leaders left without a QID; writes nothing.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { notes } = await knowledgeBase({ missing: process.argv.includes('--missing') });
  for (const note of notes) console.log(note);
}
