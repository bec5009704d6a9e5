// @vitest-environment happy-dom
/** The search panel as a user meets it: results as you type, highlights, labels, filters, keyboard. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchPanel } from '../../components/SearchPanel.tsx';
import bundleJson from '../../generated/bundle.json';
import indexJson from '../../generated/search-index.json';
import type { Bundle } from '../../lib/data/types.ts';
import { MESSAGES } from '../../lib/i18n/strings.ts';
import { type SerializedIndex, StatementSearch } from '../../lib/search/statement-search.ts';

const search = StatementSearch.fromSerialized(bundleJson as unknown as Bundle, indexJson as SerializedIndex);
let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(props: Partial<Parameters<typeof SearchPanel>[0]> = {}) {
  act(() => render(<SearchPanel search={search} lang="en" t={MESSAGES.en} {...props} />, root));
}
const type = (text: string) =>
  act(() => {
    const input = root.querySelector<HTMLInputElement>('input[type=search]');
    if (!input) throw new Error('no search box');
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
const ids = () =>
  [...root.querySelectorAll('[data-statement-id]')].map((e) => e.getAttribute('data-statement-id'));
const key = (el: Element, k: string) =>
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  });

describe('SearchPanel', () => {
  it('shows the meeting at a glance and every statement while the box is empty', () => {
    mount();
    expect(root.querySelector('.glance')?.textContent).toContain('Tehran');
    expect(ids()).toHaveLength(search.bundle.statements.length);
  });

  it('filters by a topic chip of the glance', () => {
    mount();
    const chip = [...root.querySelectorAll<HTMLButtonElement>('.glance .chip')].find(
      (b) => b.textContent === 'Spirituality',
    );
    act(() => chip?.click());
    expect(ids()).toEqual(['kh-11-world-needs-spirituality', 'kh-12-spirituality-driving-force']);
  });

  it('highlights only the Persian words the query matched', () => {
    mount();
    type('تحریم');
    const marks = [...root.querySelectorAll('[data-statement-id="kh-04-defeat-sanctions"] mark')].map(
      (m) => m.textContent,
    );
    expect(marks).toEqual(['تحریم', 'تحریم']);
    expect(root.querySelector('.glance')).toBeNull();
  });

  it('labels a hit that matched only the start of a word', () => {
    mount();
    type('تحر');
    expect(root.querySelector('.statement__quality--prefix')?.textContent).toBe(MESSAGES.en.prefixMatch);
  });

  it('narrows results by speaker and by direct or reported', () => {
    mount({ initialQuery: 'sanctions' });
    const [speaker, , kind] = [...root.querySelectorAll('select')];
    act(() => {
      if (!speaker) return;
      speaker.value = 'alexander-lukashenko';
      speaker.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(ids()).toEqual(['lu-03-sanctions-opportunity']);
    act(() => {
      if (!speaker || !kind) return;
      speaker.value = '';
      speaker.dispatchEvent(new Event('change', { bubbles: true }));
      kind.value = 'reported';
      kind.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(ids().every((id) => search.bundle.statements.find((s) => s.id === id)?.kind === 'reported')).toBe(
      true,
    );
    expect(ids().length).toBeGreaterThan(0);
  });

  it('moves through results with the arrow keys, expands with Enter and copies with C', () => {
    const onCopy = vi.fn();
    mount({ initialQuery: 'sanctions', onCopy });
    const input = root.querySelector('input[type=search]') as HTMLInputElement;
    key(input, 'ArrowDown');
    const first = root.querySelectorAll('article.statement')[0] as HTMLElement;
    expect(document.activeElement).toBe(first);
    key(first, 'ArrowDown');
    const second = root.querySelectorAll('article.statement')[1] as HTMLElement;
    expect(document.activeElement).toBe(second);
    expect(second.getAttribute('tabindex')).toBe('0');
    expect(first.getAttribute('tabindex')).toBe('-1');
    key(second, 'Enter');
    expect(second.querySelector('.statement__details')).not.toBeNull();
    expect(second.querySelector('.statement__toggle')?.getAttribute('aria-expanded')).toBe('true');
    key(second, 'c');
    expect(onCopy).toHaveBeenCalledWith(expect.objectContaining({ id: second.dataset.statementId }));
  });

  it('limits statements to the entity picked on the page', () => {
    mount({ entity: 'instc' });
    expect(ids().sort()).toEqual(['kh-08-fields-corridor', 'kh-09-corridor']);
  });
});

describe('SearchPanel in Arabic', () => {
  it('is mirrored, finds an Arabic query with a proclitic, and highlights the Arabic words it matched', () => {
    mount({ lang: 'ar', t: MESSAGES.ar });
    const panel = root.querySelector('.search');
    expect(panel?.getAttribute('lang')).toBe('ar');
    expect(panel?.getAttribute('dir')).toBe('rtl');
    type('والعقوبات');
    expect(ids()).toContain('kh-04-defeat-sanctions');
    const card = root.querySelector('[data-statement-id="kh-04-defeat-sanctions"]');
    const translation = card?.querySelector('.statement__translation');
    expect(translation?.getAttribute('lang')).toBe('ar');
    expect(translation?.getAttribute('dir')).toBe('rtl');
    expect([...(translation?.querySelectorAll('mark') ?? [])].map((m) => m.textContent)).toEqual([
      'عقوبات',
      'العقوبات',
    ]);
    // The Persian quote stays Persian inside the Arabic interface, and nothing in it was typed.
    const quote = card?.querySelector('.statement__quote');
    expect(quote?.getAttribute('lang')).toBe('fa');
    expect(quote?.querySelector('mark')).toBeNull();
  });
});
