/**
 * Reading what the extension painted, for the parity tests (the CLI's matches against the content script's
 * highlights): baselines-parity and corpus-parity.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import { HIGHLIGHT } from '../../entrypoints/content/highlight-painter.ts';
import { QUOTE_HIGHLIGHT } from '../../entrypoints/content/quote-stage.ts';

/** Text-file pages as a browser shows them: in a `<pre>`, nothing else, no publication date. */
export function wrappedText(path: string) {
  return (_req: IncomingMessage, res: ServerResponse) => {
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    // The parser drops one line feed right after <pre>; the extra one keeps the file's leading blank lines.
    res.end(
      `<!doctype html><meta charset="utf-8"><title>${basename(path)}</title><body><pre>\n${escaped}</pre>`,
    );
  };
}

/** Text as the reader gives it: a line break or tab is a space, on both sides of a comparison. */
export { asRead } from '../../lib/spot/dom-reader.ts';

export interface Painted {
  /** Every `inline-context*` highlight name on the page. */
  names: string[];
  /** Every range of every mark highlight (not the focus, not the reporting sentences), in document order. */
  marks: { text: string; highlight: string }[];
  /** The reporting sentences (the quote highlight), in document order. */
  quotes: string[];
}

/** Reads the marks from the page, as any tool in the page could: `CSS.highlights`, sorted by position. */
export function readMarks(page: Page): Promise<Painted> {
  return page.evaluate(
    ({ focus, quote }) => {
      const names: string[] = [];
      const found: { range: AbstractRange; highlight: string }[] = [];
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('inline-context')) continue;
        names.push(name);
        if (name === focus) continue;
        for (const range of h) found.push({ range: range as AbstractRange, highlight: name });
      }
      const live = (r: AbstractRange) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range;
      };
      const ranges = found.map((f) => ({ ...f, live: live(f.range) }));
      ranges.sort(
        (a, b) =>
          a.live.compareBoundaryPoints(Range.START_TO_START, b.live) ||
          a.live.compareBoundaryPoints(Range.END_TO_END, b.live),
      );
      const pick = (quotes: boolean) => ranges.filter((r) => (r.highlight === quote) === quotes);
      // lib/spot `asRead`, inside the page (this function runs there): a source line break or tab is a space.
      const text = (r: Range) => r.toString().replace(/[\n\r\t]/g, ' ');
      return {
        names,
        marks: pick(false).map((r) => ({ text: text(r.live), highlight: r.highlight })),
        quotes: pick(true).map((r) => text(r.live)),
      };
    },
    { focus: HIGHLIGHT.focus, quote: QUOTE_HIGHLIGHT },
  );
}
