// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { blockRange, iterTextBlocks, readTextBlocks } from '../../lib/page/text-blocks.ts';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('reading a page as text blocks', () => {
  test('inline elements continue a block; block elements start one', () => {
    const blocks = readTextBlocks(
      page('<p>Alexander <b>Luka</b>shenko met</p><div>Ayatollah <i>Ali</i> Khamenei</div>'),
    );
    expect(blocks.map((b) => b.text)).toEqual(['Alexander Lukashenko met', 'Ayatollah Ali Khamenei']);
  });

  test('a range over a block offset covers exactly those characters, across inline elements', () => {
    const [block] = readTextBlocks(page('<p>Alexander <b>Luka</b>shenko met</p>'));
    if (!block) throw new Error('no block');
    const start = block.text.indexOf('Lukashenko');
    expect(blockRange(block, start, start + 'Lukashenko'.length).toString()).toBe('Lukashenko');
    // Ending exactly where a node ends stays in that node.
    expect(blockRange(block, start, start + 4).toString()).toBe('Luka');
  });

  test('form fields, editors, scripts, SVG and our own card are never read', () => {
    const blocks = readTextBlocks(
      page(
        '<p>keep</p><textarea>Lukashenko</textarea><div contenteditable="true"><p>Khamenei</p></div>' +
          '<script>var x = "Raisi"</script><svg><text>Belarus</text></svg><inline-context-card>Iran</inline-context-card>' +
          '<div data-inline-context><p>Minsk</p></div><div contenteditable="false"><p>read me</p></div>',
      ),
    );
    expect(blocks.map((b) => b.text)).toEqual(['keep', 'read me']);
  });

  test('open shadow roots are read after the light tree, and reported', () => {
    const doc = page('<p>light</p><div id="host"></div>');
    const host = doc.getElementById('host');
    const root = host?.attachShadow({ mode: 'open' });
    if (!root) throw new Error('no shadow root');
    root.innerHTML = '<p>in the shadow</p>';
    const seen: ShadowRoot[] = [];
    const blocks = [...iterTextBlocks(doc, (s) => seen.push(s))];
    expect(blocks.map((b) => b.text)).toEqual(['light', 'in the shadow']);
    expect(seen).toEqual([root]);
  });
});
