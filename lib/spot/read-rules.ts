/**
 * What the reader (`dom-reader.ts`) reads: which elements it skips with their subtree, which continue the
 * surrounding block. Decided from markup alone (tag names and attributes), so the same page reads the same in
 * Chromium, happy-dom and linkedom, and reading never asks for styles per element.
 *
 * These rules merge the project's two former readers (lib/spot's and the content script's); where they
 * disagreed, the comment beside the rule says which way it went and why.
 */
import { composedParent } from './visibility-probe.ts';

/**
 * Elements whose text is not page text a reader sees, or that the user is editing. Upper case, as tags are
 * compared after `toUpperCase()` (SVG and MathML keep lower-case `tagName`s, XHTML pages too).
 */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  // Form fields: the user's input, not the article; marking someone's draft would be wrong.
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  // Buttons ("Share", "Read more", "Follow Lukashenko") are controls, not article text, and a mark inside
  // one would compete with the button's own click. The two readers disagreed here (lib/spot read them);
  // a reader of a news page does not read button labels as part of the story, so they are skipped.
  'BUTTON',
  // Reached only when a page has no <body>.
  'HEAD',
  'TITLE',
  // Embedded content: a frame is read by the script running in it; the children of <object>, <canvas>,
  // <video> and <audio> are fallback content that a browser able to show the element never renders.
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'SVG',
  'MATH',
  // Our own UI.
  'INLINE-CONTEXT-CARD',
]);

/**
 * Inline elements: text on either side belongs to the same block (`<b>Luka</b>shenko`). Everything else
 * (p, div, li, td, h1…, br, hr, img…) separates blocks. Decided by tag, not computed style, so that reading
 * never forces a style recalculation per element, and so that linkedom (no styles) reads like Chromium.
 */
export const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'MARK',
  'Q',
  'RUBY',
  'RB',
  'RP',
  'RT',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'NOBR',
  'BIG',
  'TT',
  'STRIKE',
  'ACRONYM',
  'LABEL',
  'OUTPUT',
]);

/**
 * Skipped by markup alone: tag, `hidden`, `contenteditable`, our own UI. Cheap: no style queries.
 *
 * `[hidden]`: the content script's old reader read it, lib/spot's did not. Skipped: collapsed panels,
 * off-screen menus and prerendered views are not what the reader sees, and a hidden "Mojtaba Khamenei" must
 * not change who a visible "Khamenei" is. Without styles (linkedom, the CLI) it is the only hidden signal
 * there is. The content script watches `hidden` flip, so a panel opened later is read then.
 *
 * `[contenteditable]` (anything but "false") by attribute only, not `isContentEditable`: that getter updates
 * style in Chromium, and for descendants it only repeats what skipping the subtree already does. The case it
 * covered in the old reader — a rescan root inside an editor — is covered by checking the root's ancestors,
 * and a whole document in `designMode` is checked once per read.
 */
export function isSkippedSelf(el: Element, tag: string): boolean {
  if (SKIPPED_TAGS.has(tag)) return true;
  // Most elements carry no attributes at all; skip three attribute look-ups for them.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.hasAttribute('data-inline-context')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Whether `node` or an ancestor (through shadow hosts) is skipped: a rescan root inside an editor, say. */
export function insideSkipped(node: Node): boolean {
  for (let p: Node | null = node; p; p = composedParent(p)) {
    if (p.nodeType === 1 && isSkippedSelf(p as Element, (p as Element).tagName.toUpperCase())) return true;
  }
  return false;
}

/**
 * The element whose text forms the block `node` belongs to: `node` itself or its nearest ancestor that is not
 * an inline element — the rule the reader splits blocks by, so re-reading this element re-reads the whole
 * block (the content script rescans it when something inside changes). Null at a shadow root or detached.
 */
export function blockContainer(node: Node): Element | null {
  let p: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (p && p.nodeType === 1 && INLINE_TAGS.has((p as Element).tagName.toUpperCase())) p = p.parentNode;
  return p && p.nodeType === 1 ? (p as Element) : null;
}
