/**
 * Wires the page side together: settings → scanner → painter, DOM watch → partial rescans, input → hover card,
 * and the message protocol with the popup and background. Everything is created inside `startInlineContext`
 * (called from the entrypoint's `main`) and torn down through WXT's context when the extension reloads.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import bundleJson from '../../generated/bundle.json';
import type { Bundle, CompiledStatement, BundledEntity, UiLang } from '../../lib/data/types.ts';
import { citationText } from '../../lib/format/citation.ts';
import { MESSAGES, resolveLang } from '../../lib/i18n/messages.ts';
import type { EntityCounts } from '../../lib/messaging/protocol.ts';
import { statementsFor } from '../../lib/page/card-statements.ts';
import type { OpenReason } from '../../lib/page/hover-intent.ts';
import {
  isEnabledOn,
  type MarkMode,
  sanitizeHoverDelay,
  sanitizeMarkMode,
  sanitizeSites,
  sanitizeTheme,
  sanitizeUiLanguage,
  type Theme,
  type UiLanguage,
} from '../../lib/settings/schema.ts';
import { publicationDate, Spotter } from '../../lib/spot/index.ts';
import {
  disabledSitesItem,
  hoverDelayItem,
  markModeItem,
  readSettings,
  uiLanguageItem,
} from '../../utils/storage.ts';
import { CardHost, HOST_TAG } from './card-host.ts';
import { DomWatch } from './dom-watch.ts';
import { canHighlight, HighlightPainter } from './highlight-painter.ts';
import { Interaction } from './interaction.ts';
import { MarkStore, type PageMark } from './mark-store.ts';
import { listenForMessages, reportMatches } from './messages.ts';
import { PageScanner, type ScanRoot } from './page-scanner.ts';

const LOG = '[inline-context]';

/** Starts the page side on this frame's document. */
export async function startInlineContext(ctx: ContentScriptContext): Promise<void> {
  // When the browser ran us (document_idle), for the bench: the gap from navigation is the browser's, not ours.
  performance.mark('inline-context:start');
  if (!canHighlight()) {
    console.info(`${LOG} This browser has no CSS Custom Highlight API; marks are off on this page.`);
    return;
  }
  const bundle = bundleJson as unknown as Bundle;
  const settings = await readSettings();
  if (ctx.isInvalid) return;
  // The script only runs where the default list or the user's own list enabled it; what is left to honour
  // here is the user's "Off on this site".
  const offHere = (disabled: readonly string[]) =>
    !isEnabledOn(location.hostname, [location.hostname], [], disabled);

  let mode: MarkMode = settings.markMode;
  let uiLanguage: UiLanguage = settings.uiLanguage;
  let theme: Theme = settings.theme;
  /**
   * The reader's per-page choice (toolbar shortcut, popup): null follows the *what to mark* setting. With the
   * setting on "nothing until I ask", asking shows names and topics.
   */
  let asked: boolean | null = null;
  const showing = () => asked ?? mode !== 'none';
  let disabled = offHere(settings.disabledSites);
  // The same rule as the extension's pages (utils/appearance.ts): the user's choice, else the browser's language.
  const lang = (): UiLang => resolveLang(uiLanguage, browser.i18n.getUILanguage?.() ?? navigator.language);

  const store = new MarkStore();
  const painter = new HighlightPainter();
  const yieldToHost = (): Promise<void> => {
    const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    if (typeof s?.yield === 'function') return s.yield();
    return new Promise((resolve) => ctx.setTimeout(resolve, 0));
  };

  // Compiling the aliases takes ~50 ms cold in one piece: compile in steps, yielding between them, and record
  // the longest step (`inline-context:compile`), as every scan pass records its longest chunk.
  const compileStart = performance.now();
  let stepStart = compileStart;
  let longestStep = 0;
  const spotter = await Spotter.create(bundle.gazetteer, [], async () => {
    longestStep = Math.max(longestStep, performance.now() - stepStart);
    await yieldToHost();
    stepStart = performance.now();
  });
  longestStep = Math.max(longestStep, performance.now() - stepStart);
  performance.measure('inline-context:compile', {
    start: compileStart,
    detail: { longestStepMs: Math.round(longestStep * 10) / 10 },
  });
  if (ctx.isInvalid) return;
  const entities = new Map<string, BundledEntity>(bundle.gazetteer.entities.map((e) => [e.id, e]));
  let ranking: string[] | null = null;
  const pageRanking = () => {
    ranking ??= spotter.rankStatements(scanner.pageMatches(), bundle.statements);
    return ranking;
  };

  const card = new CardHost({
    onPointerInCard: (inside) => interaction.intent.pointerInCard(inside),
    onClose: () => interaction.intent.close(),
    onCopy: async (s: CompiledStatement, l: UiLang) => {
      try {
        await navigator.clipboard.writeText(citationText(s, bundle, l));
      } catch (err) {
        console.warn(
          `${LOG} Could not copy to the clipboard (${(err as Error).name}); the page may block it.`,
        );
        throw err;
      }
    },
    onSearch: (entity, l) => {
      void browser.runtime.sendMessage({ type: 'ui:open-search', query: entity.label[l] }).catch(() => {
        // No background listener (extension updating): nothing useful to do on the page.
      });
    },
  });

  const openCard = (m: PageMark, how: OpenReason) => {
    const entity = entities.get(m.entity);
    if (!entity) return;
    const l = lang();
    card.show(
      {
        mark: m,
        entity,
        statements: statementsFor(m.entity, bundle.statements, pageRanking(), 3),
        bundle,
        lang: l,
        t: MESSAGES[l],
        theme,
      },
      how === 'keyboard',
    );
  };

  const shadowRoots = new Set<ShadowRoot>();
  const interaction = new Interaction({
    ctx,
    shadowRoots: () => [...shadowRoots].filter((r) => r.host.isConnected),
    store,
    painter,
    card,
    delayMs: settings.hoverDelayMs,
    open: openCard,
    close: () => card.hide(),
    announce: (m, index, total) => {
      const e = entities.get(m.entity);
      card.announce(`${e?.label[lang()] ?? m.text} — ${index + 1} / ${total}`);
    },
  });

  let watch: DomWatch | null = null;
  const scanner = new PageScanner({
    spotter,
    bundle,
    store,
    painter,
    onShadowRoot: (root) => {
      if (shadowRoots.has(root)) return;
      shadowRoots.add(root);
      watch?.observe(root);
    },
    yieldToHost,
  });

  let lastCounts = '';
  const report = () => {
    const counts: EntityCounts = store.counts();
    const key = JSON.stringify(counts);
    if (key === lastCounts) return;
    lastCounts = key;
    reportMatches(counts);
  };

  /**
   * Drops marks whose text left the document or was edited under them (a re-render, an edit). Only marks on
   * text nodes the watcher saw change are compared with their text, so a ticker does not cost a `toString` of
   * every range on a big page each second.
   */
  const dropStale = (edited: ReadonlySet<Text>) => {
    const gone = store.removeWhere(
      (m) =>
        m.nodes.some((n) => !n.isConnected) ||
        (m.nodes.some((n) => edited.has(n)) && m.range.toString() !== m.text),
    );
    for (const m of gone) {
      painter.remove(m);
      interaction.forget(m);
    }
    if (gone.length) ranking = null;
  };

  // Passes run one after another; a full pass makes any queued partial one pointless.
  let running: Promise<unknown> = Promise.resolve();
  let pass: AbortController | null = null;
  ctx.onInvalidated(() => pass?.abort());
  const scan = (roots: ScanRoot[], full: boolean) => {
    if (full) pass?.abort();
    const controller = new AbortController();
    running = running.then(async () => {
      if (controller.signal.aborted || disabled || ctx.isInvalid) return;
      pass = controller;
      try {
        dropStale(watch?.takeChangedText() ?? new Set());
        const outcome = await scanner.scan(
          roots,
          { publishedAt: publicationDate(document) },
          full,
          controller.signal,
        );
        if (!outcome) return;
        ranking = null;
        report();
      } catch (err) {
        console.error(`${LOG} A scan pass failed: ${(err as Error).message}`);
      }
    });
  };

  const start = () => {
    watch = new DomWatch({
      ctx,
      isOurs: (n) => n.nodeName === HOST_TAG.toUpperCase() || card.element?.contains(n) === true,
      onChanged: (roots) => scan(roots, false),
      onNavigated: () => {
        interaction.intent.close();
        scanner.reset();
        // The new view is usually rendered by now (the URL changes with or after the DOM); the partial
        // passes queued by its mutations will pick up anything later.
        scan([document], true);
      },
    });
    scan([document], true);
  };

  const stop = () => {
    pass?.abort();
    watch?.destroy();
    watch = null;
    interaction.intent.close();
    for (const m of store.clear()) painter.remove(m);
    scanner.reset();
    report();
  };

  const repaint = () => {
    painter.repaint(store.all(), mode === 'none' ? 'all' : mode, showing());
    if (!showing()) interaction.intent.close();
  };

  listenForMessages(
    ctx,
    {
      summary: () => ({
        url: location.href,
        marking: !disabled && showing(),
        counts: store.counts(),
        statements: pageRanking(),
      }),
      nextMark: (direction, entity) => interaction.step(direction, entity),
      setMarks: (on) => {
        asked = on;
        repaint();
        return showing();
      },
      toggleMarks: () => {
        asked = !showing();
        repaint();
        return showing();
      },
    },
    window === window.top,
  );

  const unwatch = [
    markModeItem.watch((v) => {
      mode = sanitizeMarkMode(v);
      asked = null; // a new setting wins over an earlier per-page choice
      repaint();
    }),
    hoverDelayItem.watch((v) => interaction.intent.setDelay(sanitizeHoverDelay(v))),
    uiLanguageItem.watch((v) => {
      uiLanguage = sanitizeUiLanguage(v);
    }),
    themeItem.watch((v) => {
      theme = sanitizeTheme(v);
    }),
    disabledSitesItem.watch((v) => {
      const now = offHere(sanitizeSites(v));
      if (now === disabled) return;
      disabled = now;
      if (disabled) stop();
      else start();
    }),
  ];
  ctx.addEventListener(document, 'fullscreenchange', () => card.followFullscreen());

  ctx.onInvalidated(() => {
    for (const u of unwatch) u();
    stop();
    interaction.destroy();
    card.destroy();
    painter.destroy();
  });

  repaint();
  if (!disabled) start();
}
