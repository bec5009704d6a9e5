/**
 * Runs the development corpus (tests/corpus/<lang>/<slug>.json + .html/.txt) through the same pipeline as
 * `npm run scan` and scores every page against its gold. Shared by `npm run eval` and the figures guard test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Bundle } from '../../lib/data/types.ts';
import {
  CORPUS_LANGS,
  checkGoldShape,
  type GoldVocabulary,
  type PageGold,
  resolveMentions,
  resolveQuotes,
} from '../../lib/eval/gold.ts';
import type { PageResult } from '../../lib/eval/report.ts';
import { scorePage } from '../../lib/eval/score.ts';
import { type PlanMark, paintPlan, SECTION_HEADING } from '../../lib/page/paint-plan.ts';
import { QuoteLinker } from '../../lib/quote/index.ts';
import {
  BLOCK_SEPARATOR,
  LEXICONS,
  readTextBlocks,
  type ScannedPage,
  Spotter,
  scanHtml,
  scanPlainText,
} from '../../lib/spot/index.ts';

export const CORPUS_DIR = join(import.meta.dirname, '..', '..', 'tests', 'corpus');

/** A gold file that cannot be scored as it is: its problems, one line each. */
export interface GoldProblem {
  page: string;
  problems: string[];
}

export interface CorpusRun {
  results: PageResult[];
  problems: GoldProblem[];
}

export function loadBundle(): Bundle {
  const path = join(import.meta.dirname, '..', '..', 'generated', 'bundle.json');
  return JSON.parse(readFileSync(path, 'utf8')) as Bundle;
}

/** Every gold file of the corpus, language folders in {@link CORPUS_LANGS} order, files sorted. */
export function corpusGoldFiles(dir = CORPUS_DIR): string[] {
  const files: string[] = [];
  for (const lang of CORPUS_LANGS) {
    const folder = join(dir, lang);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) if (name.endsWith('.json')) files.push(join(folder, name));
  }
  return files;
}

/** The page file beside a gold file: `<slug>.html`, `.htm` or `.txt`. */
export function pageFileOf(goldPath: string): string | null {
  const stem = join(dirname(goldPath), basename(goldPath, '.json'));
  for (const ext of ['.html', '.htm', '.txt']) if (existsSync(stem + ext)) return stem + ext;
  return null;
}

/** Scans one page file like `npm run scan` does. */
export function scanPageFile(path: string, spotter: Spotter, linker?: QuoteLinker): ScannedPage {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const opts = linker ? { linker } : {};
  if (path.endsWith('.txt')) return scanPlainText(text, spotter, opts);
  return scanHtml(text, (html) => parseHTML(html).document as unknown as Document, spotter, opts);
}

/** Runs and scores the given gold files (default: the whole corpus). */
export function runCorpus(
  goldFiles: readonly string[],
  bundle: Bundle = loadBundle(),
  dir = CORPUS_DIR,
): CorpusRun {
  const spotter = new Spotter(bundle.gazetteer, LEXICONS, bundle.statements);
  const linker = bundle.cues ? new QuoteLinker(bundle) : undefined;
  const kinds = new Map(bundle.gazetteer.entities.map((e) => [e.id, e.kind]));
  const speakers = new Map(bundle.statements.map((s) => [s.id, s.speaker]));
  const vocab: GoldVocabulary = { entities: new Set(kinds.keys()), statements: new Set(speakers.keys()) };
  const results: PageResult[] = [];
  const problems: GoldProblem[] = [];
  for (const goldPath of goldFiles) {
    const inside = relative(dir, goldPath);
    const page = inside.startsWith('..') ? goldPath : inside;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(goldPath, 'utf8'));
    } catch (error) {
      problems.push({ page, problems: [`not valid JSON: ${(error as Error).message}`] });
      continue;
    }
    const shape = checkGoldShape(raw, vocab, basename(dirname(goldPath)));
    const pageFile = pageFileOf(goldPath);
    if (!pageFile) shape.push('no page file beside it (<slug>.html or <slug>.txt)');
    if (shape.length || !pageFile) {
      problems.push({ page, problems: shape });
      continue;
    }
    const gold = raw as PageGold;
    const scanned = scanPageFile(pageFile, spotter, linker);
    const mentions = resolveMentions(scanned.text, gold.mentions);
    const quotes = resolveQuotes(scanned.text, gold.quotes ?? []);
    if (mentions.problems.length || quotes.problems.length)
      problems.push({ page, problems: [...mentions.problems, ...quotes.problems] });
    const links = scanned.quotes ?? [];
    const density = gold.about === 'meeting' ? paintedDensity(pageFile, scanned, bundle) : undefined;
    results.push({
      page,
      ...(density ? { density } : {}),
      lang: gold.lang,
      negative: gold.negative,
      about: gold.about,
      published: gold.published,
      publishedRead: scanned.publishedAt,
      score: scorePage(mentions.spans, scanned.matches, kinds, quotes.sentences, links, speakers),
    });
  }
  return { results, problems };
}

/**
 * Painted marks on one page with "every mention" and with the default "first mentions" (lib/page/paint-plan.ts),
 * sections taken from the page's headings as the content script takes them. A `.txt` page is one section.
 */
function paintedDensity(pageFile: string, scanned: ScannedPage, bundle: Bundle): PageResult['density'] {
  const entities = new Map(bundle.gazetteer.entities.map((e) => [e.id, e]));
  // Block starts in the page text, and the section each block is in (a heading block starts a new one).
  const starts: number[] = [];
  const sections: number[] = [];
  if (pageFile.endsWith('.txt')) {
    starts.push(0);
    sections.push(0);
  } else {
    const html = readFileSync(pageFile, 'utf8');
    let at = 0;
    let section = 0;
    for (const b of readTextBlocks(parseHTML(html).document as unknown as Document)) {
      if (b.nodes[0]?.parentElement?.closest(SECTION_HEADING)) section++;
      starts.push(at);
      sections.push(section);
      at += b.text.length + BLOCK_SEPARATOR.length;
    }
  }
  const blockOf = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const marks: PlanMark[] = scanned.matches.map((m) => {
    const block = blockOf(m.start);
    return {
      entity: m.entity,
      kind: m.kind,
      section: sections[block] ?? 0,
      paragraph: block,
      position: m.start,
      inMeeting: entities.get(m.entity)?.inMeeting === true,
    };
  });
  const painted = (mode: 'every' | 'first') => paintPlan(marks, mode).filter((s) => s !== 'quiet').length;
  return { chars: scanned.text.length, every: painted('every'), first: painted('first') };
}
