// @vitest-environment happy-dom
/**
 * The one DOM reader (lib/spot/dom-reader.ts), as the content script uses it: block by block, with the text
 * nodes behind each offset. Merged from the content script's former reader tests (lib/page/text-blocks.ts);
 * the rules shared with the CLI are also run under linkedom in spot-dom.test.ts.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import {
  blockContainer,
  blockPositions,
  blockRange,
  iterTextBlocks,
  readTextBlocks,
} from '../../lib/spot/index.ts';

function page(html: string): Document {
  document.body.innerHTML = html;
  document.designMode = 'off';
  return document;
}

const texts = (root: Document | Element | ShadowRoot) => readTextBlocks(root).map((b) => b.text);

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

  test('positions give the text nodes a mark covers, and nothing beyond a node it ends at', () => {
    const [block] = readTextBlocks(page('<p>Alexander <b>Luka</b>shenko met</p>'));
    if (!block) throw new Error('no block');
    const start = block.text.indexOf('Lukashenko');
    const whole = blockPositions(block, start, start + 'Lukashenko'.length);
    expect(whole.nodes.map((n) => n.data)).toEqual(['Luka', 'shenko met']);
    expect([whole.startOffset, whole.endOffset]).toEqual([0, 'shenko'.length]);
    const luka = blockPositions(block, start, start + 4);
    expect(luka.nodes.map((n) => n.data)).toEqual(['Luka']);
    expect([luka.startNode.data, luka.endNode.data, luka.endOffset]).toEqual(['Luka', 'Luka', 4]);
  });

  test('form fields, buttons, media fallback, editors, scripts, SVG and our own card are never read', () => {
    const blocks = readTextBlocks(
      page(
        '<p>keep</p><textarea>Lukashenko</textarea><div contenteditable="true"><p>Khamenei</p></div>' +
          '<script>var x = "Raisi"</script><svg><text>Belarus</text></svg><inline-context-card>Iran</inline-context-card>' +
          '<div data-inline-context><p>Minsk</p></div><div contenteditable="false"><p>read me</p></div>' +
          '<button type="button">Follow <b>Lukashenko</b></button><video><p>Raisi</p></video>' +
          '<audio>Raisi</audio><math><mi>Raisi</mi></math>',
      ),
    );
    expect(blocks.map((b) => b.text)).toEqual(['keep', 'read me']);
  });

  test('a root inside an editor, a hidden panel or our own UI reads nothing', () => {
    const doc = page(
      '<div contenteditable="true"><p id="draft">Lukashenko</p></div><div hidden><p id="panel">Raisi</p></div>' +
        '<div data-inline-context><p id="ours">Minsk</p></div><p id="plain">Khamenei</p>',
    );
    const byId = (id: string) => doc.getElementById(id) as HTMLElement;
    expect(texts(byId('draft'))).toEqual([]);
    expect(texts(byId('panel'))).toEqual([]);
    expect(texts(byId('ours'))).toEqual([]);
    expect(texts(byId('plain'))).toEqual(['Khamenei']);
  });

  test('a document in design mode (an editor frame) reads nothing', () => {
    const doc = page('<p>Lukashenko</p>');
    doc.designMode = 'on';
    expect(texts(doc)).toEqual([]);
    doc.designMode = 'off';
    expect(texts(doc)).toEqual(['Lukashenko']);
  });

  test('open shadow roots are read in place of their host, and reported', () => {
    const doc = page('<p>light</p><div id="host"></div><p>after</p>');
    const host = doc.getElementById('host');
    const root = host?.attachShadow({ mode: 'open' });
    if (!root) throw new Error('no shadow root');
    root.innerHTML = '<p>in the shadow</p>';
    const seen: ShadowRoot[] = [];
    const blocks = [...iterTextBlocks(doc, { onShadowRoot: (s) => seen.push(s) })];
    expect(blocks.map((b) => b.text)).toEqual(['light', 'in the shadow', 'after']);
    expect(seen).toEqual([root]);
    // A shadow root can itself be a scan root (the content script rescans one when it changes).
    expect(texts(root)).toEqual(['in the shadow']);
  });

  test('shadow roots nested 2,000 deep are read to the bottom, without exhausting the call stack', () => {
    const doc = page('<p>top</p><div id="host"></div>');
    let host = doc.getElementById('host') as Element;
    for (let i = 0; i < 2_000; i++) {
      const root = host.attachShadow({ mode: 'open' });
      const next = doc.createElement('div');
      root.append(next);
      host = next;
    }
    host.append('Lukashenko at the bottom');
    const blocks = [...iterTextBlocks(doc)].map((b) => b.text);
    expect(blocks).toEqual(['top', 'Lukashenko at the bottom']);
  });

  test('shadow roots of skipped hosts are neither read nor reported', () => {
    const doc = page('<div hidden><div id="host"></div></div><p>seen</p>');
    doc.getElementById('host')?.attachShadow({ mode: 'open' }).append('Lukashenko');
    const seen: ShadowRoot[] = [];
    expect([...iterTextBlocks(doc, { onShadowRoot: (s) => seen.push(s) })].map((b) => b.text)).toEqual([
      'seen',
    ]);
    expect(seen).toEqual([]);
  });
});

describe('reading block by block', () => {
  test('blocks come one at a time, and the read can stop early', () => {
    const doc = page('<p>one</p><p>two</p><p>three</p>');
    const read = iterTextBlocks(doc);
    expect(read.next().value?.text).toBe('one');
    expect(read.next().value?.text).toBe('two');
    read.return();
    expect(read.next().done).toBe(true);
  });

  test('text the page moves into a hidden element while the read is paused is not read', () => {
    const doc = page('<p>one</p><p id="two">two</p><p>three</p>');
    const read = iterTextBlocks(doc);
    expect(read.next().value?.text).toBe('one');
    // Paused between blocks (the content script yields to the page here): the page wraps "two" in a hidden
    // panel, with more text after it.
    const panel = doc.createElement('div');
    panel.hidden = true;
    const two = doc.getElementById('two') as HTMLElement;
    two.replaceWith(panel);
    panel.append(two);
    panel.insertAdjacentHTML('beforeend', '<p>Lukashenko</p>');
    const rest = [...read].map((b) => b.text);
    expect(rest).not.toContain('Lukashenko');
    expect(rest).toContain('three');
  });
});

describe('blockContainer (what the content script rescans when something inside changes)', () => {
  test('is the nearest element that is not inline', () => {
    const doc = page('<div><p id="p">Alexander <b><i id="i">Luka</i></b>shenko</p></div>');
    const p = doc.getElementById('p');
    const luka = doc.getElementById('i')?.firstChild as Text;
    expect(blockContainer(luka)).toBe(p);
    expect(blockContainer(p as HTMLElement)).toBe(p);
  });

  test('agrees with the reader: re-reading the container gives back the whole block', () => {
    const doc = page('<p>Alexander <del>Grigoryevich</del> <ins><b>Luka</b></ins>shenko</p>');
    const luka = doc.querySelector('b')?.firstChild as Text;
    const container = blockContainer(luka) as Element;
    expect(texts(container)).toEqual(texts(doc));
  });
});

describe('a block of several text nodes', () => {
  // Held when a reader takes a block's text in one piece (a Range over its nodes, tried in Dec 2026): what lies
  // between the nodes but is not read must stay out, and offsets must still land in the right nodes.
  test('text skipped between its nodes (hidden inline elements) is still left out', () => {
    const doc = page(
      '<p>Alexander <b>Luka</b><i hidden>Raisi</i>shenko met <span hidden>Mojtaba</span>' +
        'Ayatollah <span hidden>Iran</span>Khamenei</p>',
    );
    const [block] = readTextBlocks(doc);
    expect(block?.text).toBe('Alexander Lukashenko met Ayatollah Khamenei');
    // Offsets still land in the right nodes.
    const range = blockRange(block as NonNullable<typeof block>, 18, 20);
    expect(range.toString()).toBe('ko');
  });

  test('source line breaks read as spaces outside preformatted text, and stay inside it', () => {
    const doc = page('<p>Alexander\n<b>Luka</b>shenko\tmet</p><pre>Ayatollah\n<b>Ali</b>\nKhamenei</pre>');
    expect(texts(doc)).toEqual(['Alexander Lukashenko met', 'Ayatollah\nAli\nKhamenei']);
  });
});

describe('the same page under linkedom (the CLI) and happy-dom (the browser) reads the same', () => {
  test('inline/block rules, skipped elements and hidden markup', () => {
    const html =
      '<article><h1>Meeting in <i>Tehran</i></h1><p>Alexander <b>Luka</b>shenko met<br>Ayatollah Khamenei.</p>' +
      '<button>Share</button><div hidden>Mojtaba Khamenei</div><ul><li>one</li><li><a href="#">two</a></li></ul>' +
      '<video>Your browser cannot play this</video><p contenteditable>draft</p></article>';
    const linked = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
      .document as unknown as Document;
    expect(texts(page(html))).toEqual(texts(linked));
    expect(texts(linked)).toEqual([
      'Meeting in Tehran',
      'Alexander Lukashenko met',
      'Ayatollah Khamenei.',
      'one',
      'two',
    ]);
  });
});
