// @vitest-environment happy-dom
/**
 * Bidi isolation in everything that shows a statement: a text in another direction than its surroundings (the
 * Persian quote and source title in an English card, an English translation or label in a Persian one) sits in
 * an element with its own `dir`, so its digits and punctuation keep their order. Checked as one rule over every
 * text the components render, in all four interface languages; the visual order itself is measured in Chromium
 * (tests/e2e/statement-look.e2e.test.ts).
 */
import { type ComponentChildren, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HoverCard } from '../../components/card/HoverCard.tsx';
import { MeetingGlance } from '../../components/MeetingGlance.tsx';
import { StatementCard } from '../../components/StatementCard.tsx';
import bundleJson from '../../generated/bundle.json';
import type { Bundle, UiLang } from '../../lib/data/types.ts';
import { dirOf } from '../../lib/i18n/languages.ts';
import { MESSAGES } from '../../lib/i18n/strings.ts';

const bundle = bundleJson as unknown as Bundle;
const LANGS: UiLang[] = ['en', 'fa', 'ru', 'ar'];
let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/** The direction of a text by its first letter (as `dir="auto"` decides), or null when it has no letter. */
function directionOf(text: string): 'rtl' | 'ltr' | null {
  const letter = text.match(/\p{L}/u)?.[0];
  if (!letter) return null;
  return /\p{Script=Arabic}/u.test(letter) ? 'rtl' : 'ltr';
}

/** Every text whose direction differs from the `dir` it is laid out in (`auto` adapts, so it never differs). */
function misplacedTexts(el: Element): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent ?? '';
    const own = directionOf(text);
    // <bdi> without `dir` is an isolate with dir="auto".
    const box = n.parentElement?.closest('[dir], bdi');
    const dir = box?.getAttribute('dir') ?? (box?.localName === 'bdi' ? 'auto' : undefined);
    if (own && dir !== 'auto' && dir !== own) out.push(`${text.trim()} (in ${dir})`);
  }
  return out;
}

function mount(lang: UiLang, children: ComponentChildren) {
  act(() =>
    render(
      <div lang={lang} dir={dirOf(lang)}>
        {children}
      </div>,
      root,
    ),
  );
}

describe.each(LANGS)('in the %s interface', (lang) => {
  const t = MESSAGES[lang];
  const statement = bundle.statements.find((s) => s.id === 'lu-02-new-page');
  if (!statement) throw new Error('no statement lu-02-new-page');

  it('a search result, details shown, isolates every text of the other direction', () => {
    mount(
      lang,
      <StatementCard statement={statement} bundle={bundle} lang={lang} t={t} expanded onToggle={() => {}} />,
    );
    expect(root.querySelector('cite')?.textContent).toBe(bundle.meeting.title.fa);
    expect(misplacedTexts(root)).toEqual([]);
  });

  it('the hover card isolates every text of the other direction, the page’s own spelling included', () => {
    const entity = bundle.gazetteer.entities.find((e) => e.id === 'alexander-lukashenko');
    if (!entity) throw new Error('no entity');
    act(() =>
      render(
        <HoverCard
          pageText={lang === 'en' ? 'لوکاشنکو' : 'Lukashenka'}
          entity={entity}
          statements={[statement]}
          bundle={bundle}
          lang={lang}
          t={t}
          copiedId={null}
          onCopy={() => {}}
          onSearch={() => {}}
          onClose={() => {}}
        />,
        root,
      ),
    );
    expect(misplacedTexts(root)).toEqual([]);
  });

  it('the meeting at a glance isolates every text of the other direction', () => {
    mount(lang, <MeetingGlance bundle={bundle} lang={lang} t={t} onTopic={() => {}} />);
    expect(misplacedTexts(root)).toEqual([]);
  });
});
