/**
 * Search figures (issue 5, point 8): median and 95th-percentile query time of StatementSearch on the real
 * index and on synthetic indexes of 10,000 and 100,000 generated statements, and the popup's
 * open-to-first-results time in Chromium with the built extension. Not a test: figures only.
 *
 * `npx tsx scripts/bench-search.ts` prints them (needs `npm run data`; the popup figure needs a build in
 * `.output/chrome-mv3-test` or `.output/chrome-mv3`, and is skipped with a note otherwise).
 * `npm run bench` can include them by calling {@link benchSearch}.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Bundle, CompiledStatement } from '../lib/data/types.ts';
import { buildIndex, type SerializedIndex, StatementSearch } from '../lib/search/statement-search.ts';
import { launchWithExtension } from '../tests/e2e/harness.ts';

const ROOT = join(import.meta.dirname, '..');

/** A named group of figures, in milliseconds unless the name says otherwise. */
export interface BenchResult {
  name: string;
  figures: Record<string, number>;
}

/** Queries a reader would type: whole words and word starts in the three languages, and one misspelling. */
const QUERIES = [
  'تحریم',
  'sanctions',
  'санкции',
  'همکاری',
  'corridor',
  'Lukashenko',
  'تحر',
  'sanctons',
  'دو کشور',
  'real friends',
];

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Times every query `rounds` times (after a warm-up) and returns median and p95 over all of them. */
function timeQueries(search: StatementSearch, rounds: number): Record<string, number> {
  for (const q of QUERIES) search.search(q);
  const times: number[] = [];
  let hits = 0;
  for (let r = 0; r < rounds; r++) {
    for (const q of QUERIES) {
      const t0 = performance.now();
      hits += search.search(q).length;
      times.push(performance.now() - t0);
    }
  }
  return {
    medianMs: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    queries: times.length,
    hitsPerQuery: Math.round(hits / times.length),
  };
}

/** A small deterministic PRNG (mulberry32), so synthetic corpora are the same on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABETS = {
  fa: 'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی',
  en: 'abcdefghijklmnopqrstuvwxyz',
  ru: 'абвгдежзийклмнопрстуфхцчшщыэюя',
  ar: 'ابتثجحخدذرزسشصضطظعغفقكلمنهوية',
} as const;

/**
 * `n` statements in the four languages, with real speakers and topics. A third of the words come from the
 * real statements (so real queries hit); the rest from a generated vocabulary of 30,000 words per language,
 * drawn with a skew so some words are common and most are rare, as in news text. Recombining only the real
 * statements' few hundred words would make every query match nearly every document: not a realistic index.
 */
export function syntheticBundle(real: Bundle, n: number, seed = 1): Bundle {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[], skew = 1): T => xs[Math.floor(rand() ** skew * xs.length)] as T;
  const made = (k: keyof typeof ALPHABETS) =>
    Array.from({ length: 30_000 }, () =>
      Array.from({ length: 3 + Math.floor(rand() * 7) }, () => pick([...ALPHABETS[k]])).join(''),
    );
  const langs = ['fa', 'en', 'ru', 'ar'] as const;
  const vocab = Object.fromEntries(
    langs.map((k) => [k, { real: real.statements.flatMap((s) => s[k].split(/\s+/)), made: made(k) }]),
  ) as Record<(typeof langs)[number], { real: string[]; made: string[] }>;
  const sentence = (k: (typeof langs)[number]) =>
    Array.from({ length: 12 + Math.floor(rand() * 20) }, () =>
      rand() < 1 / 3 ? pick(vocab[k].real) : pick(vocab[k].made, 2),
    ).join(' ');
  const statements: CompiledStatement[] = Array.from({ length: n }, (_, i) => {
    const base = pick(real.statements);
    return {
      ...base,
      id: `syn-${i}`,
      fa: sentence('fa'),
      en: sentence('en'),
      ru: sentence('ru'),
      ar: sentence('ar'),
    };
  });
  return { ...real, statements };
}

/** Popup open-to-first-results in Chromium: navigation start → first statement card on screen, median/p95. */
async function popupOpenTime(runs: number): Promise<Record<string, number> | null> {
  const dir = [join(ROOT, '.output', 'chrome-mv3-test'), join(ROOT, '.output', 'chrome-mv3')].find((d) =>
    existsSync(join(d, 'manifest.json')),
  );
  if (!dir) return null;
  const browser = await launchWithExtension(dir);
  const { context, extensionId: id } = browser;
  try {
    // Records, inside the page, when the first card appears (ms since navigation start).
    await context.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.querySelector('[data-statement-id]')) {
          (window as unknown as { firstResultAt: number }).firstResultAt = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const times: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 440, height: 600 });
      await page.goto(`chrome-extension://${id}/popup.html`);
      await page.waitForFunction(() => 'firstResultAt' in window);
      const t = await page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt);
      if (i > 0) times.push(t); // the first run also compiles the extension's code: a warm-up
      await page.close();
    }
    return {
      medianMs: round(percentile(times, 50)),
      p95Ms: round(percentile(times, 95)),
      runs: times.length,
    };
  } finally {
    await browser.close();
  }
}

/** All search figures. */
export async function benchSearch(log: (line: string) => void = () => undefined): Promise<BenchResult[]> {
  const bundle = JSON.parse(readFileSync(join(ROOT, 'generated', 'bundle.json'), 'utf8')) as Bundle;
  const index = JSON.parse(
    readFileSync(join(ROOT, 'generated', 'search-index.json'), 'utf8'),
  ) as SerializedIndex;
  const results: BenchResult[] = [];

  log('search: real index');
  results.push({
    name: `search-real (${bundle.statements.length} statements)`,
    figures: timeQueries(StatementSearch.fromSerialized(bundle, index), 200),
  });

  for (const n of [10_000, 100_000]) {
    log(`search: building a synthetic index of ${n} statements`);
    const synthetic = syntheticBundle(bundle, n);
    const t0 = performance.now();
    const search = new StatementSearch(synthetic, buildIndex(synthetic));
    const buildMs = performance.now() - t0;
    results.push({
      name: `search-synthetic-${n}`,
      figures: { ...timeQueries(search, n > 50_000 ? 5 : 20), indexBuildMs: Math.round(buildMs) },
    });
  }

  log('search: popup open-to-first-results in Chromium');
  const popup = await popupOpenTime(15);
  if (popup) results.push({ name: 'popup-open-to-first-results', figures: popup });
  else log('search: no built extension in .output/ — run `npx wxt build --mode test` for the popup figure');
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchSearch((line) => process.stderr.write(`${line}\n`)).then(
    (results) => {
      for (const r of results) {
        process.stdout.write(`${r.name}\n`);
        for (const [k, v] of Object.entries(r.figures)) process.stdout.write(`  ${k.padEnd(16)} ${v}\n`);
      }
    },
    (error: unknown) => {
      process.stderr.write(`bench-search: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
