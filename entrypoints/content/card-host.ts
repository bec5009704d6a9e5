/**
 * The one element we add to a page: `<inline-context-card>` with a shadow root (closed in production), holding
 * the Preact card. It is created on first use (a page where nothing is hovered gets no node at all), appended
 * to the root element — or into the fullscreen element while one is shown, since nothing outside it is painted then — and
 * positioned beside the mark's range with @floating-ui/dom (the range is a virtual reference element).
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { h, render } from 'preact';
import frameCss from '../../components/card/card.css?inline';
import { HoverCard } from '../../components/card/HoverCard.tsx';
import { QuoteCard, type ReportedItem } from '../../components/card/QuoteCard.tsx';
import statementCss from '../../components/statement.css?inline';
import tokensCss from '../../components/tokens.css?inline';
import type { Bundle, BundledEntity, CompiledStatement, UiLang } from '../../lib/data/types.ts';
import type { Messages } from '../../lib/i18n/strings.ts';
import type { Theme } from '../../lib/settings/schema.ts';
import { HOST_TAG } from './host-tag.ts';
import type { PageMark } from './mark-store.ts';

export { HOST_TAG };

/**
 * The card's stylesheet: the extension's colours, a statement's look (the same files the popup and the search
 * page import, so a statement looks the same everywhere) and the card's frame, in that order of precedence.
 */
const CARD_CSS = [tokensCss, statementCss, frameCss].join('\n');

/** Events that can press a button or reach a handler of the card; untrusted ones never get past the root. */
const UNTRUSTED_STOPPED = [
  'click',
  'auxclick',
  'keydown',
  'keyup',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
];

interface CommonContent {
  bundle: Bundle;
  lang: UiLang;
  t: Messages;
  theme: Theme;
}

/** A name mark's card: who that is and the statements that concern them. */
export interface EntityCardContent extends CommonContent {
  mode?: 'entity';
  mark: PageMark;
  entity: BundledEntity;
  statements: CompiledStatement[];
}

/** A reporting sentence's card (provenance mode): what the page says against what the source says. */
export interface QuoteCardContent extends CommonContent {
  mode: 'quote';
  /** The sentence's live range (the card sits beside it) and its text as the page wrote it. */
  sentence: { range: Range; text: string };
  form: 'quote' | 'paraphrase';
  speakerOnPage: string | null;
  items: ReportedItem[];
}

export type CardContent = EntityCardContent | QuoteCardContent;

/** What the card is beside: the mark or the sentence (compared to keep "Copied" while the card stays). */
const anchorOf = (c: CardContent): { range: Range } => (c.mode === 'quote' ? c.sentence : c.mark);

export interface CardHostEvents {
  onPointerInCard(inside: boolean): void;
  onClose(): void;
  /** Resolves to whether the clipboard took the citation. */
  onCopy(statement: CompiledStatement, lang: UiLang): Promise<boolean>;
  onSearch(entity: BundledEntity, lang: UiLang): void;
}

export class CardHost {
  private host: HTMLElement | null = null;
  private mount: HTMLDivElement | null = null;
  private stopAutoUpdate: (() => void) | null = null;
  private content: CardContent | null = null;
  private copiedId: string | null = null;
  private returnFocus: HTMLElement | null = null;
  private dialog: HTMLDivElement | null = null;
  private live: HTMLDivElement | null = null;

  constructor(private readonly events: CardHostEvents) {}

  get isOpen(): boolean {
    return this.content !== null;
  }

  get element(): HTMLElement | null {
    return this.host;
  }

  /** True when an event happened inside the card (events from a shadow tree are retargeted to the host). */
  containsEvent(e: Event): boolean {
    return this.host !== null && e.composedPath().includes(this.host);
  }

  /** Shows the card for a mark or a reporting sentence; `focus` moves keyboard focus into it (opened from the keyboard). */
  show(content: CardContent, focus: boolean): void {
    this.ensureHost();
    if (!this.content || anchorOf(this.content) !== anchorOf(content)) this.copiedId = null;
    this.content = content;
    this.draw();
    const card = this.dialog;
    if (!card) return;
    this.stopAutoUpdate?.();
    const range = anchorOf(content).range;
    const reference = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: range.startContainer.parentElement ?? undefined,
    };
    const place = () => {
      computePosition(reference, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(8),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight }) {
              card.style.setProperty('max-height', `${Math.max(160, Math.min(560, availableHeight))}px`);
            },
          }),
        ],
      })
        .then(({ x, y }) => {
          card.style.setProperty('left', `${Math.round(x)}px`);
          card.style.setProperty('top', `${Math.round(y)}px`);
        })
        .catch(() => {
          // The range went away between frames; the next mutation pass drops the mark and closes the card.
        });
    };
    this.stopAutoUpdate = autoUpdate(reference, card, place, { animationFrame: false });
    if (focus) {
      const active = document.activeElement;
      this.returnFocus = active instanceof HTMLElement && active !== this.host ? active : null;
      card.focus({ preventScroll: true });
    }
  }

  hide(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    const hadFocus = this.host !== null && document.activeElement === this.host;
    this.content = null;
    if (this.mount) render(null, this.mount);
    this.dialog = null;
    if (hadFocus) {
      // Give focus back to where the reader was, so Esc does not drop them at the top of the page.
      this.returnFocus?.focus({ preventScroll: true });
    }
    this.returnFocus = null;
  }

  /** Says `text` to screen readers through a polite live region in our shadow root. */
  announce(text: string): void {
    this.ensureHost();
    if (this.live) this.live.textContent = text;
  }

  /** Moves the host into the fullscreen element (or back) so the card stays visible in fullscreen video/slides. */
  followFullscreen(): void {
    if (!this.host) return;
    const parent = document.fullscreenElement ?? document.documentElement;
    if (this.host.parentNode !== parent) parent.appendChild(this.host);
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = null;
    this.mount = null;
  }

  private draw(): void {
    const c = this.content;
    if (!c || !this.mount) return;
    const onCopy = (s: CompiledStatement) => {
      void this.events.onCopy(s, c.lang).then((copied) => {
        if (!copied) return;
        this.copiedId = s.id;
        this.draw();
      });
    };
    // What both cards take: the data, the reader's language and theme, copying, closing, and the dialog's node.
    const common = {
      bundle: c.bundle,
      lang: c.lang,
      t: c.t,
      theme: c.theme,
      copiedId: this.copiedId,
      onCopy,
      onClose: () => this.events.onClose(),
      dialogRef: (el: HTMLDivElement | null) => {
        this.dialog = el;
      },
    };
    if (c.mode === 'quote') {
      const { sentence, form, speakerOnPage, items } = c;
      render(h(QuoteCard, { ...common, sentence: sentence.text, form, speakerOnPage, items }), this.mount);
      return;
    }
    render(
      h(HoverCard, {
        ...common,
        pageText: c.mark.text,
        entity: c.entity,
        statements: c.statements,
        onSearch: () => this.events.onSearch(c.entity, c.lang),
      }),
      this.mount,
    );
  }

  private ensureHost(): { host: HTMLElement; mount: HTMLDivElement } {
    if (this.host && this.mount && this.host.isConnected) return { host: this.host, mount: this.mount };
    const host = document.createElement(HOST_TAG);
    // Content scripts run in an isolated world: a page that replaced Element.prototype.attachShadow in its own
    // world does not affect this call.
    // Closed in production: the page's scripts cannot reach into the card (read it, press its buttons). The
    // test build keeps it open so the end-to-end tests can read and press the card like a reader.
    const shadow = host.attachShadow({ mode: import.meta.env.MODE === 'production' ? 'closed' : 'open' });
    try {
      // A constructed sheet is not subject to the page's CSP (a <style> element is, under style-src 'none').
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CARD_CSS);
      shadow.adoptedStyleSheets = [sheet];
    } catch {
      const style = document.createElement('style');
      style.textContent = CARD_CSS;
      shadow.append(style);
    }
    // Only the reader presses our buttons: a script-dispatched event (`button.click()` through an open shadow
    // root, a synthetic keydown) stops at the shadow root, before Preact's listeners on the buttons see it.
    for (const type of UNTRUSTED_STOPPED) {
      shadow.addEventListener(
        type,
        (e) => {
          if (!e.isTrusted) e.stopImmediatePropagation();
        },
        true,
      );
    }
    const mount = document.createElement('div');
    mount.addEventListener('pointerenter', (e) => e.isTrusted && this.events.onPointerInCard(true));
    mount.addEventListener('pointerleave', (e) => e.isTrusted && this.events.onPointerInCard(false));
    const live = document.createElement('div');
    live.className = 'sr-only';
    live.setAttribute('aria-live', 'polite');
    live.setAttribute('role', 'status');
    shadow.append(mount, live);
    this.live = live;
    (document.fullscreenElement ?? document.documentElement).appendChild(host);
    this.host = host;
    this.mount = mount;
    return { host, mount };
  }
}
