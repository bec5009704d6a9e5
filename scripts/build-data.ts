/**
 * `npm run data`: compiles data/ (corpus, statements, gazetteer and aliases/, meeting, Arabic labels) into generated/bundle.json,
 * generated/page-start.json (what a content script needs at start, with the context rules' word lists) and generated/search-index.json, which the extension imports. Fails with the list of problems, never a stack.
 *
 * Options (for tests): `--data DIR` reads another data folder, `--out DIR` writes elsewhere.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compileBundle, DataError } from '../lib/data/compile.ts';
import { pageStart } from '../lib/data/page-start.ts';
import { PAGE_LANGS } from '../lib/data/types.ts';
import { buildIndex, serializeIndex } from '../lib/search/statement-search.ts';
import { LEXICONS } from '../lib/spot/lexicon/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' } } });
const dataDir = resolve(values.data ?? join(root, 'data'));
const outDir = resolve(values.out ?? join(root, 'generated'));

function read(name: string): string {
  try {
    return readFileSync(join(dataDir, name), 'utf8');
  } catch {
    throw new DataError([`cannot read ${name} in ${dataDir}`]);
  }
}

function readJson(name: string): unknown {
  const text = read(name);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new DataError([`${name} is not valid JSON: ${(err as Error).message}`]);
  }
}

try {
  const bundle = compileBundle({
    corpus: read('corpus/000_e2ce688135970981.txt'),
    statements: readJson('statements.json'),
    gazetteer: readJson('gazetteer.json'),
    pageAliases: Object.fromEntries(PAGE_LANGS.map((lang) => [lang, readJson(`aliases/${lang}.json`)])),
    meeting: readJson('meeting.json'),
    arabicLabels: readJson('arabic-labels.json'),
    cues: readJson('statement-cues.json'),
  });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'bundle.json'), JSON.stringify(bundle));
  // What a content script needs at start, handed to it by the background (see lib/data/page-start.ts).
  writeFileSync(join(outDir, 'page-start.json'), JSON.stringify(pageStart(bundle, LEXICONS)));
  writeFileSync(join(outDir, 'search-index.json'), JSON.stringify(serializeIndex(buildIndex(bundle))));
  console.log(
    `data: ${bundle.statements.length} statements, ${bundle.gazetteer.entities.length} entities → ${outDir}`,
  );
} catch (err) {
  if (err instanceof DataError) {
    console.error(`data: ${err.message}`);
    process.exit(1);
  }
  throw err;
}
