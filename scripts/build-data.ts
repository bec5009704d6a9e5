/**
 * `npm run data`: compiles data/ (corpus, statements, gazetteer, meeting) into generated/bundle.json and
 * generated/search-index.json, which the extension imports. Fails with the list of problems, never a stack.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileBundle, DataError } from '../lib/data/compile.ts';
import { buildIndex, serializeIndex } from '../lib/search/statement-search.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');

try {
  const bundle = compileBundle({
    corpus: read('data/corpus/000_e2ce688135970981.txt'),
    statements: JSON.parse(read('data/statements.json')),
    gazetteer: JSON.parse(read('data/gazetteer.json')),
    meeting: JSON.parse(read('data/meeting.json')),
  });
  mkdirSync(join(root, 'generated'), { recursive: true });
  writeFileSync(join(root, 'generated/bundle.json'), JSON.stringify(bundle));
  writeFileSync(join(root, 'generated/search-index.json'), JSON.stringify(serializeIndex(buildIndex(bundle))));
  console.log(`data: ${bundle.statements.length} statements, ${bundle.gazetteer.entities.length} entities → generated/`);
} catch (err) {
  if (err instanceof DataError || err instanceof SyntaxError) {
    console.error(`data: ${err.message}`);
    process.exit(1);
  }
  throw err;
}
