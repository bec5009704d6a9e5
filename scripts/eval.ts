/**
 * `npm run --silent eval -- [--json] [--lang xx] [--page tests/corpus/xx/slug.json] [--update-figures]`:
 * accuracy of the spotting engine (and quote linking) on the development corpus in tests/corpus/. Prints, per
 * language, name recall and precision, title links, topic recall and precision, trap hits, dates read right,
 * quote-link precision and recall, then every confusion (`expected → got`, with the text). Exit 1 if a gold
 * file is malformed or names text that is not on its page. `--update-figures` rewrites
 * tests/corpus/figures.json, the floor the unit test `corpus-figures` holds the engine to.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CORPUS_LANGS } from '../lib/eval/gold.ts';
import { figuresByLang, formatConfusions, formatTable } from '../lib/eval/report.ts';
import { CORPUS_DIR, corpusGoldFiles, runCorpus } from './eval/corpus.ts';

const USAGE =
  'usage: npm run --silent eval -- [--json] [--lang xx] [--page FILE.json]... [--update-figures] [--no-confusions]\n';

function main(argv: string[]): number {
  const pages: string[] = [];
  const langs: string[] = [];
  let json = false;
  let update = false;
  let confusions = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--update-figures') update = true;
    else if (a === '--no-confusions') confusions = false;
    else if ((a === '--page' || a === '--lang') && argv[i + 1])
      (a === '--page' ? pages : langs).push(argv[++i] as string);
    else {
      process.stderr.write(`eval: unknown argument ${a}\n${USAGE}`);
      return 2;
    }
  }
  if (update && (pages.length || langs.length)) {
    process.stderr.write('eval: --update-figures runs on the whole corpus; drop --page/--lang\n');
    return 2;
  }
  const files = pages.length
    ? pages.map((p) => resolve(p))
    : corpusGoldFiles().filter(
        (f) => !langs.length || langs.some((l) => f.includes(`${join(CORPUS_DIR, l)}/`)),
      );
  if (files.length === 0) {
    process.stderr.write('eval: no pages to evaluate\n');
    return 2;
  }
  const { results, problems } = runCorpus(files);
  const byLang = figuresByLang(results, CORPUS_LANGS);
  if (json) {
    process.stdout.write(`${JSON.stringify({ figures: byLang, problems, pages: results })}\n`);
  } else {
    process.stdout.write(`${formatTable(byLang)}\n`);
    if (confusions) {
      const text = formatConfusions(results);
      process.stdout.write(text ? `\nconfusions (expected → got):\n${text}\n` : '\nno confusions\n');
    }
    for (const p of problems) process.stderr.write(`eval: ${p.page}: ${p.problems.join('; ')}\n`);
  }
  if (update) {
    if (problems.length) {
      process.stderr.write('eval: not updating figures while gold files have problems\n');
      return 1;
    }
    const path = join(CORPUS_DIR, 'figures.json');
    writeFileSync(path, `${JSON.stringify(byLang, null, 2)}\n`);
    process.stderr.write(`eval: wrote ${path}\n`);
  }
  return problems.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
