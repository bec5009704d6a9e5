import type { TargetedKeyboardEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Bundle, CompiledStatement, TranslationLang, UiLang } from '../lib/data/types.ts';
import type { Messages } from '../lib/i18n/strings.ts';
import type { MatchQuality } from '../lib/search/statement-search.ts';
import { StatementCard } from './StatementCard.tsx';

/** One result to show: a statement, how it matched, and the UTF-16 ranges of its texts to highlight. */
export interface ShownResult {
  statement: CompiledStatement;
  quality?: MatchQuality;
  /** Ranges of the Persian text. */
  highlights: [number, number][];
  /** Ranges of each translation (an Arabic query highlights the Arabic words it matched). */
  translationHighlights?: Partial<Record<TranslationLang, [number, number][]>>;
}

export interface ResultFeedProps {
  results: readonly ShownResult[];
  bundle: Bundle;
  lang: UiLang;
  t: Messages;
  label: string;
  onCopy?: (statement: CompiledStatement) => void;
  copiedId?: string;
  /** Called with Escape, to give focus back to the search box. */
  onExit?: () => void;
  /** Statement id → sentences of the current page reporting it (the popup; absent on the search page). */
  reported?: ReadonlyMap<string, number>;
}

/**
 * The results as an ARIA feed of statement cards with a roving tabindex: ↑/↓ (and Home/End) move between
 * cards, Enter shows or hides a card's details, C copies it with its citation, Escape goes back to the box.
 */
export function ResultFeed({
  results,
  bundle,
  lang,
  t,
  label,
  onCopy,
  copiedId,
  onExit,
  reported,
}: ResultFeedProps) {
  const [active, setActive] = useState(0);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const feed = useRef<HTMLDivElement>(null);
  const ids = results.map((r) => r.statement.id).join(' ');

  // A new result set starts at its first card, so ↓ from the box always lands on the best hit.
  useEffect(() => setActive(0), [ids]);

  const focusAt = (i: number) => {
    const n = Math.max(0, Math.min(results.length - 1, i));
    setActive(n);
    feed.current?.querySelectorAll<HTMLElement>('article.statement')[n]?.focus();
  };

  // Whichever card gets focus (by ↓ from the search box, a click, Tab) becomes the roving tab stop.
  const onFocusIn = (e: FocusEvent) => {
    const cards = [...(feed.current?.querySelectorAll('article.statement') ?? [])];
    const i = cards.indexOf(e.target as Element);
    if (i >= 0) setActive(i);
  };

  const toggle = (s: CompiledStatement) =>
    setExpanded((old) => {
      const next = new Set(old);
      if (!next.delete(s.id)) next.add(s.id);
      return next;
    });

  const onKeyDown = (i: number, s: CompiledStatement) => (e: TargetedKeyboardEvent<HTMLElement>) => {
    // Keys pressed on the card's own buttons keep their usual meaning.
    if (e.target !== e.currentTarget) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => focusAt(i + 1),
      ArrowUp: () => (i === 0 ? onExit?.() : focusAt(i - 1)),
      Home: () => focusAt(0),
      End: () => focusAt(results.length - 1),
      Enter: () => toggle(s),
      c: () => onCopy?.(s),
      C: () => onCopy?.(s),
      Escape: () => onExit?.(),
    };
    const action = e.ctrlKey || e.metaKey || e.altKey ? undefined : keys[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };

  return (
    <div class="feed" role="feed" aria-label={label} ref={feed} onFocusIn={onFocusIn}>
      {results.map((r, i) => (
        <StatementCard
          key={r.statement.id}
          statement={r.statement}
          bundle={bundle}
          lang={lang}
          t={t}
          quality={r.quality}
          highlights={r.highlights}
          translationHighlights={r.translationHighlights}
          expanded={expanded.has(r.statement.id)}
          onToggle={toggle}
          onCopy={onCopy}
          copied={copiedId === r.statement.id}
          tabIndex={i === active ? 0 : -1}
          onKeyDown={onKeyDown(i, r.statement)}
          position={{ index: i + 1, size: results.length }}
          reportedOnPage={reported?.get(r.statement.id)}
        />
      ))}
    </div>
  );
}
