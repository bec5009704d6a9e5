// @vitest-environment happy-dom
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  blockRange,
  DateReader,
  MONTH_NAMES,
  type PageContext,
  publicationDate,
  readTextBlocks,
  spotBlocks,
  spotPage,
} from '../../lib/spot/index.ts';
import { spotter } from './spot-helpers.ts';

const dates = new DateReader(MONTH_NAMES);

function happy(html: string): Document {
  document.documentElement.innerHTML = html;
  return document;
}

const texts = (doc: Document | Element) => readTextBlocks(doc).map((b) => b.text);

/** The pipeline as the content script runs it (no style queries while reading), with each match's Range. */
function spotWithRanges(doc: Document, ctx: PageContext) {
  const blocks = readTextBlocks(doc, { checkStyles: false });
  return spotBlocks(blocks, spotter, ctx).map((m) => ({
    ...m,
    range: blockRange(blocks[m.block] as (typeof blocks)[number], m.start, m.end),
  }));
}

describe.each([
  ['happy-dom', happy],
  [
    'linkedom',
    (html: string) => parseHTML(`<!doctype html><html>${html}</html>`).document as unknown as Document,
  ],
])('readTextBlocks (%s)', (_name, load) => {
  it('joins text across inline elements and splits at blocks', () => {
    const doc = load('<body><p>President <b>Luka</b>shenko met</p><p>Khamenei</p><div>a<br>b</div></body>');
    expect(texts(doc)).toEqual(['President Lukashenko met', 'Khamenei', 'a', 'b']);
  });

  it('skips scripts, styles, form fields, editable and hidden elements, and our own UI', () => {
    const doc = load(
      '<body><p>seen</p><script>Raisi()</script><style>.Raisi{}</style><noscript>Raisi</noscript>' +
        '<template>Raisi</template><textarea>Raisi</textarea><select><option>Raisi</option></select>' +
        '<div contenteditable="true">Raisi</div><div hidden>Raisi</div>' +
        '<inline-context-card>Raisi</inline-context-card><div data-inline-context>Raisi</div></body>',
    );
    expect(texts(doc)).toEqual(['seen']);
  });
});

describe('the reader gives a block as it is rendered', () => {
  it('a line break or tab in the source is a space, one character for one; preformatted text keeps its lines', () => {
    const doc = parseHTML(
      '<html><body><p>Alexander\nLukashenko\tmet Khamenei</p><pre>Raisi\nsaid</pre></body></html>',
    ).document as unknown as Document;
    expect(texts(doc)).toEqual(['Alexander Lukashenko met Khamenei', 'Raisi\nsaid']);
  });
});

describe('readTextBlocks in the browser-like DOM (happy-dom)', () => {
  it('reads open shadow roots in place', () => {
    const doc = happy('<body><p>before</p><div id="host"></div><p>after</p></body>');
    const host = doc.getElementById('host') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Ebrahim <i>Raisi</i></p>';
    expect(texts(doc)).toEqual(['before', 'Ebrahim Raisi', 'after']);
  });

  it('skips elements hidden by style', () => {
    const doc = happy(
      '<body><p style="display:none">Raisi</p><p style="visibility:hidden">Raisi</p><p>x</p></body>',
    );
    expect(texts(doc)).toEqual(['x']);
  });

  it('gives Ranges over the exact original characters, across element boundaries', () => {
    const doc = happy(
      '<body><p>Tehran’s mayor met <b>Luka</b>shenko and آیت‌الله <span>خامنه‌ای</span></p></body>',
    );
    const [block] = readTextBlocks(doc);
    if (!block) throw new Error('no block');
    const range = blockRange(block, block.text.indexOf('Luka'), block.text.indexOf('shenko') + 6);
    expect(range.toString()).toBe('Lukashenko');
    const matches = spotWithRanges(doc, { publishedAt: '2023-03-14' });
    expect(matches.map((m) => `${m.entity}:${m.range.toString()}`)).toEqual([
      'alexander-lukashenko:Lukashenko',
      'ali-khamenei:آیت‌الله خامنه‌ای',
    ]);
    expect(matches.every((m) => m.range.toString() === m.text)).toBe(true);
  });

  it('ranks the statements for the page', () => {
    const doc = happy(
      '<body><p>Lukashenko and Khamenei discussed sanctions and the North-South corridor.</p></body>',
    );
    const { statements } = spotPage(readTextBlocks(doc), spotter, {
      publishedAt: publicationDate(doc, dates),
    });
    expect(statements.length).toBeGreaterThan(0);
    const first = spotter.statements.find((s) => s.id === statements[0]);
    expect(
      [...(first?.topics ?? []), ...(first?.entities ?? [])].some((e) => e === 'sanctions' || e === 'instc'),
    ).toBe(true);
  });
});

describe('publicationDate', () => {
  const load = (html: string) =>
    parseHTML(`<!doctype html><html>${html}</html>`).document as unknown as Document;
  it('reads article:published_time first', () => {
    expect(
      publicationDate(
        load(
          '<head><meta property="article:published_time" content="2023-03-13T10:00:00+03:30"></head><body></body>',
        ),
        dates,
      ),
    ).toBe('2023-03-13');
  });
  it('finds datePublished at any depth of JSON-LD, inside @graph', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2026-03-09T08:00:00Z' }],
    });
    expect(
      publicationDate(
        load(
          `<head><script type="application/ld+json">{broken</script><script type="application/ld+json">${ld}</script></head><body></body>`,
        ),
        dates,
      ),
    ).toBe('2026-03-09');
  });
  it('falls back to the first <time datetime> in the article, and to null', () => {
    expect(
      publicationDate(
        load(
          '<body><time datetime="1999-01-01">x</time><article><time datetime="2023-03-14">x</time></article></body>',
        ),
        dates,
      ),
    ).toBe('2023-03-14');
    expect(publicationDate(load('<body><p>no date</p></body>'), dates)).toBeNull();
  });
});
