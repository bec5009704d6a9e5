import type { ComponentChildren, Ref } from 'preact';
import type { UiLang } from '../../lib/data/types.ts';
import { dirOf, type Messages } from '../../lib/i18n/strings.ts';
import type { Theme } from '../../lib/settings/schema.ts';

export interface CardFrameProps {
  /** A modifier class beside `card` (`card--quote`), or none. */
  variant?: string;
  /** The dialog's accessible name. */
  label: string;
  lang: UiLang;
  t: Messages;
  /** The theme setting: `auto` follows `prefers-color-scheme`. */
  theme?: Theme;
  /** `data-*` attributes that say what the card is about (tests and the host read them). */
  data: Record<string, string>;
  /** The header's left side: what the card is beside (a name, a sentence). */
  head: ComponentChildren;
  /** The footer's content. */
  foot: ComponentChildren;
  onClose(): void;
  dialogRef?: Ref<HTMLDivElement>;
  /** The statements. */
  children: ComponentChildren;
}

/**
 * What every card shares, beside a name (HoverCard) or a sentence (QuoteCard): a labelled non-modal dialog in
 * the reader's language and direction, which takes focus only when opened from the keyboard and is never hidden
 * from screen readers; a header with a close button, the statements, a footer.
 */
export function CardFrame({
  variant,
  label,
  lang,
  t,
  theme = 'auto',
  data,
  head,
  foot,
  onClose,
  dialogRef,
  children,
}: CardFrameProps) {
  const classes = ['card', variant, theme === 'auto' ? null : `card--${theme}`].filter(Boolean).join(' ');
  const dataAttributes = Object.fromEntries(Object.entries(data).map(([k, v]) => [`data-${k}`, v]));
  return (
    <div
      ref={dialogRef}
      class={classes}
      role="dialog"
      aria-modal="false"
      aria-label={label}
      tabIndex={-1}
      lang={lang}
      dir={dirOf(lang)}
      {...dataAttributes}
    >
      <header class="card__head">
        <div class="card__who">{head}</div>
        <button type="button" class="card__close" aria-label={t.close} title={t.close} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div class="card__statements">{children}</div>
      <footer class="card__foot">{foot}</footer>
    </div>
  );
}
