/**
 * Whether a mark's or a sentence's text is on screen: the keyboard walk and the popup's jumps skip text in a
 * collapsed menu or a closed `<details>`. Decided by `Element.checkVisibility()` of the range's start element
 * (the text's parent), asked once per element per walk.
 *
 * The walk used to ask each range for its client rects. That was wrong and slow: Chromium lays out the content
 * of a closed `<details>` (it is hidden by `content-visibility`, not `display: none`), so its text has client
 * rects and the walk stopped on marks nobody could see; and it cost ~25 µs a range once layout is clean (a 5 MB
 * page holding 4,000 marks and 544 reporting sentences: 40–50 ms a keypress), where `checkVisibility()` costs
 * ~1.5 µs an element. Its one false answer for rendered text: an element with `display: contents` has no box
 * of its own; its content is rendered as its parent's, so the parent decides.
 */

function shown(el: Element): boolean {
  if (el.checkVisibility()) return true;
  const parent = el.parentElement;
  return parent !== null && getComputedStyle(el).display === 'contents' && shown(parent);
}

/** A check for one walk: it remembers each element's answer, so make a new one for each keypress. */
export function renderedCheck(): (range: Range) => boolean {
  const byElement = new Map<Element, boolean>();
  return (range) => {
    const start = range.startContainer;
    const el = start.nodeType === 1 ? (start as Element) : start.parentElement;
    // A browser without checkVisibility() (before 2022): whether the text has boxes.
    if (!el || typeof el.checkVisibility !== 'function') return range.getClientRects().length > 0;
    let answer = byElement.get(el);
    if (answer === undefined) {
      answer = shown(el);
      byElement.set(el, answer);
    }
    return answer;
  };
}
