/**
 * `npm run --silent scan -- [--json] [--published YYYY-MM-DD] [--no-prefilter] FILE...`: spots the meeting's people and topics in saved pages, without
 * a browser. `.html`/`.htm` files are parsed with linkedom and read like the extension reads a page (offsets
 * into the text blocks joined by one `\n`); `.txt` files are one block (offsets into the file's text,
 * UTF-8, BOM stripped). Bad input (missing, unreadable, binary, too large) gets one line on stderr and a
 * non-zero exit; other files still run. File names are printed with control characters escaped, and `--json`
 * is written one file at a time (scripts/scan-io.ts).
 * `--published` sets the publication date (which decides who a title means) for `.txt` files and
 * overrides the date an `.html` page gives. `--no-prefilter` scans every block in full (lib/spot/prefilter.ts):
 * the output must be the same, and comparing both is how the prefilter is checked on a set of pages.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Bundle } from '../lib/data/types.ts';
import { QuoteLinker } from '../lib/quote/index.ts';
import {
  LEXICONS,
  type ScannedPage,
  type ScanOptions,
  Spotter,
  scanHtml,
  scanPlainText,
} from '../lib/spot/index.ts';
import { InputError, JsonFilesWriter, printable, readInput } from './scan-io.ts';

/** A real calendar day written `YYYY-MM-DD`, or null. */
function parseDay(value: string): string | null {
  const m = value.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value ? value : null;
}

function scanFile(path: string, spotter: Spotter, opts: ScanOptions): ScannedPage {
  const ext = extname(path).toLowerCase();
  const text = readInput(path);
  if (ext !== '.html' && ext !== '.htm' && ext !== '.txt') {
    throw new InputError(`unsupported file type "${ext || '(none)'}" (use .html, .htm or .txt)`);
  }
  if (ext === '.txt') return scanPlainText(text, spotter, opts);
  return scanHtml(text, (html) => parseHTML(html).document as unknown as Document, spotter, opts);
}

function loadBundle(): Bundle {
  const path = join(import.meta.dirname, '..', 'generated', 'bundle.json');
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Bundle;
  } catch {
    throw new InputError(`cannot load ${printable(path)}; run \`npm run data\` first`);
  }
}

function summary(path: string, page: ScannedPage, bundle: Bundle): string {
  const labels = new Map(bundle.gazetteer.entities.map((e) => [e.id, e.label.en]));
  const counts = new Map<string, { n: number; titles: number; low: number }>();
  for (const m of page.matches) {
    const c = counts.get(m.entity) ?? { n: 0, titles: 0, low: 0 };
    c.n++;
    if (m.via === 'title') c.titles++;
    if (m.confidence === 'low') c.low++;
    counts.set(m.entity, c);
  }
  const lines = [`${printable(path)}  (published: ${page.publishedAt ?? 'unknown'})`];
  if (counts.size === 0) lines.push('  nothing from the meeting on this page');
  for (const [entity, c] of [...counts].sort((a, b) => b[1].n - a[1].n)) {
    const notes = [c.titles ? `${c.titles} by title` : '', c.low ? `${c.low} low confidence` : ''].filter(
      Boolean,
    );
    lines.push(
      `  ${String(c.n).padStart(3)} × ${labels.get(entity) ?? entity}${notes.length ? ` (${notes.join(', ')})` : ''}`,
    );
  }
  const statements = new Map(bundle.statements.map((s) => [s.id, s]));
  if (page.statements.length) lines.push('  top statements:');
  for (const id of page.statements.slice(0, 3)) {
    const s = statements.get(id);
    const excerpt = s ? s.en.slice(0, 90) + (s.en.length > 90 ? '…' : '') : '';
    lines.push(`    ${labels.get(s?.speaker ?? '') ?? '?'} [${id}]: ${excerpt}`);
  }
  const quotes = page.quotes ?? [];
  if (quotes.length) lines.push('  sentences reporting a statement:');
  for (const q of quotes) {
    const said = statements.get(q.statement)?.speaker;
    const who =
      q.speakerOnPage && q.speakerOnPage !== said
        ? ` (page says: ${labels.get(q.speakerOnPage) ?? q.speakerOnPage})`
        : '';
    const excerpt = q.text.length > 80 ? `${q.text.slice(0, 80)}…` : q.text;
    lines.push(`    [${q.statement}] ${q.form}${who}: ${excerpt}`);
  }
  return lines.join('\n');
}

const USAGE = 'usage: npm run --silent scan -- [--json] [--published YYYY-MM-DD] [--no-prefilter] FILE...\n';

async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  let published: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg !== '--published' && !arg.startsWith('--published=')) continue;
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[i + 1];
    args.splice(i, arg.includes('=') ? 1 : 2);
    i--;
    const day = value === undefined ? null : parseDay(value);
    if (!day) {
      process.stderr.write(
        `scan: --published needs a real date written YYYY-MM-DD (got ${value === undefined ? 'nothing' : JSON.stringify(value)})\n${USAGE}`,
      );
      return 2;
    }
    published = day;
  }
  const json = args.includes('--json');
  const prefilter = !args.includes('--no-prefilter');
  const files = args.filter((a) => a !== '--json' && a !== '--no-prefilter');
  const unknown = files.filter((f) => f.startsWith('--'));
  if (files.length === 0 || unknown.length > 0) {
    process.stderr.write(
      `${unknown.length ? `scan: unknown option ${printable(unknown[0] ?? '')}\n` : ''}${USAGE}`,
    );
    return 2;
  }
  let bundle: Bundle;
  try {
    bundle = loadBundle();
  } catch (error) {
    process.stderr.write(`scan: ${(error as Error).message}\n`);
    return 2;
  }
  const spotter = new Spotter(bundle.gazetteer, LEXICONS, bundle.statements);
  if (!prefilter) spotter.aliasMatcher.prefilter = null;
  const linker = new QuoteLinker(bundle);
  const fa = new Map(bundle.statements.map((s) => [s.id, s.fa]));
  let failed = 0;
  const out = json ? new JsonFilesWriter(process.stdout) : null;
  for (const path of files) {
    let page: ScannedPage;
    try {
      page = scanFile(path, spotter, { ...(published ? { published } : {}), linker });
    } catch (error) {
      failed++;
      const message =
        error instanceof InputError ? error.message : `failed: ${(error as Error).message ?? error}`;
      process.stderr.write(`scan: ${printable(path)}: ${printable(message)}\n`);
      continue;
    }
    if (!out) {
      process.stdout.write(`${summary(path, page, bundle)}\n\n`);
      continue;
    }
    await out.add({
      path,
      publishedAt: page.publishedAt,
      matches: page.matches.map(({ entity, kind, via, text, start, end }) => ({
        entity,
        kind,
        via,
        text,
        start,
        end,
      })),
      statements: page.statements,
      quotes: (page.quotes ?? []).map(({ statement, start, end, text, form, speakerOnPage, score }) => ({
        statement,
        fa: fa.get(statement) ?? '',
        start,
        end,
        text,
        form,
        speakerOnPage,
        score,
      })),
    });
  }
  await out?.end();
  return failed > 0 ? 1 : 0;
}

// The reader of our output went away (`npm run scan -- --json big/*.html | head`): stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`scan: failed: ${printable(String((error as Error)?.message ?? error))}\n`);
    process.exitCode = 2;
  },
);
