/**
 * One page's life with the extension: what the reader chose (settings, per-page show/hide), what is marked, the
 * scan queue, and the hover card. Built from the parts beside it — scanner → store → painter, DOM watch → partial
 * rescans, input → card — and driven by the entrypoint's wiring (settings watcher, messages).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageStart } from '../../lib/data/page-start.ts';
import type { SpotEntity, UiLang } from '../../lib/data/types.ts';
import { resolveLang } from '../../lib/i18n/languages.ts';
import type { EntityCounts, PageSummary } from '../../lib/messaging/protocol.ts';
import { AttachedRoots } from '../../lib/page/attached-roots.ts';
import { runInChunks } from '../../lib/page/chunk-runner.ts';
import type { OpenReason } from '../../lib/page/hover-intent.ts';
import { marksVisible, marksWanted, toggledChoice } from '../../lib/page/marks-visible.ts';
import type { MarkStyle } from '../../lib/page/paint-plan.ts';
import { FrameBudget, REMARK_NOW_MAX_CHARS } from '../../lib/page/remark-now.ts';
import type { TaskClock } from '../../lib/page/task-clock.ts';
import type { ProfiledTaskClock } from '../../lib/page/task-profile.ts';
import { isEnabledOn, type MarkMode, type Settings } from '../../lib/settings/schema.ts';
import { asRead, type PageContext, rankStatements, type Spotter } from '../../lib/spot/index.ts';
import type { LateStage } from '../late-stage/api.ts';
import { DomWatch } from './dom-watch.ts';
import { HighlightPainter } from './highlight-painter.ts';
import { HOST_TAG } from './host-tag.ts';
import { Interaction, isSentence, type Target } from './interaction.ts';
import { JobQueue } from './job-queue.ts';
import { LateCard } from './late-card.ts';
import { LatePager } from './late-pager.ts';
import { loadLateStage } from './late-stage-loader.ts';
import { MarkStore, type PageMark } from './mark-store.ts';
import { PageDate } from './page-date.ts';
import {
  type BlockMatchRead,
  CHUNK_BUDGET_MS,
  PageScanner,
  type ScanRead,
  type ScanRoot,
} from './page-scanner.ts';
import { applyPaintPlan } from './paint-job.ts';
import { reportMatches } from './protocol-answers.ts';
import { NO_QUOTES, type QuoteLayer } from './quote-layer.ts';
import type { ReportingSentence } from './quote-stage.ts';
import { TIMELINE_ON, timelineMeasure } from './timeline.ts';

export interface PageSessionDeps {
  ctx: ContentScriptContext;
  /** What finding and marking need (lib/data/page-start.ts); the card's data comes with the late stage. */
  start: PageStart;
  /**
   * The compiled spotter, compiled when the first pass asks for it: a page of a site the reader turned off,
   * which never scans, never pays for it (~90 ms of steps and 3.4 MB per tab).
   */
  spotter: () => Promise<Spotter>;
  settings: Settings;
  /** Gives the page's own tasks a turn between chunks of our work. */
  yieldToHost: () => Promise<void>;
}

export class PageSession {
  private settings: Settings;
  /** The reader's per-page show/hide choice; null follows the setting (see lib/page/marks-visible.ts). */
  private asked: boolean | null = null;
  private offHere: boolean;
  private ranking: string[] | null = null;
  private lastCounts = '';
  private watch: DomWatch | null = null;
  /** Passes, the cap's drops and plans outside a pass, one after another (job-queue.ts). */
  private readonly jobs: JobQueue;
  /**
   * Linking each pass's sentences, one pass after another, in a queue of its own: linking adds no marks and
   * writes its sentences at once at its end, so a pass need not wait for it. A re-rendered paragraph's marks are
   * put back before the next paint (remark-now.ts) even while the first linking pass is still compiling the cue
   * lexicon, which takes a few hundred milliseconds of pauses and chunks on a loaded machine.
   */
  private readonly linking: JobQueue;
  private readonly store = new MarkStore();
  private readonly painter = new HighlightPainter();
  /** Open shadow roots met by the passes; dropped when their host leaves (lib/page/attached-roots.ts). */
  private readonly shadowRoots = new AttachedRoots<ShadowRoot>();
  /** Keeps the marks under the cap on an endless feed, and marks dropped blocks again near the viewport. */
  private readonly pager: LatePager;
  /** Re-marking a re-rendered paragraph at once may take 4 ms of each 16 ms frame (lib/page/remark-now.ts). */
  private readonly remarkBudget = new FrameBudget(4, 16, () => performance.now());
  private readonly entities: Map<string, SpotEntity>;
  /** The page's date: its tags here, its bylines and address by the background (page-date.ts). */
  private readonly date = new PageDate();
  /** The card, loaded with the late stage on first use (late-card.ts). */
  private readonly card: LateCard;
  private readonly interaction: Interaction<ReportingSentence>;
  private readonly scanner: PageScanner;
  /**
   * Quote provenance: every quote-specific part lives behind this one object (quote-layer.ts). None until a pass
   * marks a meeting person; then the late stage's `QuoteStage`.
   */
  private quotes: QuoteLayer = NO_QUOTES;

  constructor(private readonly deps: PageSessionDeps) {
    const { ctx, start, spotter } = deps;
    this.settings = deps.settings;
    this.offHere = this.isOffHere(deps.settings);
    const lane = {
      budgetMs: CHUNK_BUDGET_MS,
      yieldToHost: deps.yieldToHost,
      canRun: () => !this.offHere && !ctx.isInvalid,
    };
    this.jobs = new JobQueue(lane);
    this.linking = new JobQueue(lane);
    this.entities = new Map(start.gazetteer.entities.map((e) => [e.id, e]));
    this.card = new LateCard((stage) => ({
      onPointerInCard: (inside) => this.interaction.intent.pointerInCard(inside),
      onClose: () => this.interaction.intent.close(),
      onCopy: (s, l) => stage.copyCitation(s, l),
      onSearch: (entity, l) => {
        void browser.runtime.sendMessage({ type: 'ui:open-search', query: entity.label[l] }).catch(() => {
          // No background listener (extension updating): nothing useful to do on the page.
        });
      },
    }));
    this.interaction = new Interaction<ReportingSentence>({
      ctx,
      shadowRoots: () => this.shadowRoots.live(),
      store: this.store,
      sentences: {
        at: (x, y, roots) => this.quotes.at(x, y, roots),
        walkable: () => this.quotes.walkable(),
        jumpable: (statement) => this.quotes.jumpable(statement),
      },
      painter: this.painter,
      card: this.card,
      delayMs: deps.settings.hoverDelayMs,
      open: (m, how) => (isSentence(m) ? this.openQuoteCard(m, how) : this.openCard(m, how)),
      close: () => this.card.hide(),
      announce: (m, index, total) =>
        this.card.announce((stage) => `${this.describe(stage, m)} — ${index + 1} / ${total}`),
    });
    this.scanner = new PageScanner({
      spotter,
      store: this.store,
      painter: this.painter,
      arrivalStyle: (m) => arrivalStyle(m, this.paintMode()),
      onShadowRoot: (root) => {
        if (this.shadowRoots.add(root)) this.watch?.observe(root);
      },
      capPass: (matches, blocks, clock, signal) => this.pager.capPass(matches, blocks, clock, signal),
      yieldToHost: deps.yieldToHost,
    });
    this.pager = new LatePager({
      store: this.store,
      enqueue: (job) => this.jobs.add(job),
      drop: async (marks, clock, signal) => {
        if (TIMELINE_ON) clock.step('cap:forget');
        // (The highlights in one go: Firefox deletes from a registered highlight slowly, range by range. The
        // per-mark removal in forgetInSteps then finds them unstyled: a map lookup each. A flag to skip it cost 8
        // bytes of the start script, which has 4.)
        this.painter.forget(marks);
        if (!(await this.forgetInSteps(marks, clock, signal))) return false;
        if (!(await this.applyPlan(clock, signal))) return false;
        if (TIMELINE_ON) clock.step('report');
        this.report();
        return true;
      },
      remark: (blocks) => this.scan(blocks, false),
      report: () => this.report(),
    });
    ctx.onInvalidated(() => {
      this.jobs.abortCurrent();
      this.linking.abortCurrent();
    });
    ctx.addEventListener(document, 'fullscreenchange', () => this.card.followFullscreen());
  }

  /** Paints (or hides) what is marked, then starts scanning unless the reader turned this site off. */
  start(): void {
    this.repaint();
    if (this.offHere || this.watch) return;
    const { ctx } = this.deps;
    this.watch = new DomWatch({
      ctx,
      isOurs: (n) => n.nodeName === HOST_TAG.toUpperCase() || this.card.element?.contains(n) === true,
      carriedMarks: (n) => this.carriedMarks(n),
      budget: this.remarkBudget,
      onChanged: (roots, now) => this.scan(roots, false, now),
      onNavigated: () => {
        this.interaction.intent.close();
        this.scanner.reset();
        this.quotes.clear();
        // The new view is usually rendered by now (the URL changes with or after the DOM); the partial passes
        // queued by its mutations will pick up anything later.
        this.scan([document], true);
      },
    });
    this.scan([document], true);
  }

  /** Stops watching and scanning and removes every mark. */
  stop(): void {
    this.jobs.abortCurrent();
    this.linking.abortCurrent();
    this.watch?.destroy();
    this.watch = null;
    // A later start() has a new watcher, which must observe the roots again when its first pass meets them.
    this.shadowRoots.clear();
    this.pager.clear();
    this.interaction.intent.close();
    this.painter.forget(this.store.clear());
    this.quotes.clear();
    this.scanner.reset();
    this.report();
  }

  /** Shows or hides the marks as the setting and the reader's per-page choice say, styled by the paint plan. */
  repaint(): void {
    const wanted = marksWanted(this.visibility());
    this.painter.setVisible(wanted);
    this.quotes.setDisplay(this.settings.markMode, wanted);
    this.replan();
    if (!wanted) this.interaction.intent.close();
  }

  /** What the popup shows about this page. */
  summary(): PageSummary {
    return {
      url: location.href,
      marking: marksVisible(this.visibility()),
      counts: this.pager.counts(this.store.counts()),
      statements: this.pageRanking(),
      reported: this.quotes.reported(),
    };
  }

  /**
   * Moves to the next or previous mark (of one entity, if given; without one, reporting sentences are visited
   * too, and `entity` is then empty for a sentence).
   */
  async step(
    direction: 1 | -1,
    entity?: string,
  ): Promise<{ index: number; total: number; entity: string } | null> {
    const at = await this.interaction.step(direction, entity);
    if (!at) return null;
    return { index: at.index, total: at.total, entity: isSentence(at.target) ? '' : at.target.entity };
  }

  /** Moves to the next or previous sentence reporting `statement` (any, if absent) and opens its card. */
  async stepQuote(
    direction: 1 | -1,
    statement?: string,
  ): Promise<{ index: number; total: number; statement: string } | null> {
    const at = await this.interaction.stepSentence(direction, statement);
    if (!at) return null;
    return {
      index: at.index,
      total: at.total,
      statement: statement ?? at.target.links[0]?.statement ?? '',
    };
  }

  /** The reader's per-page choice: show (true) or hide (false) the marks. Returns whether they are wanted. */
  setMarks(on: boolean): boolean {
    this.asked = on;
    this.repaint();
    return marksWanted(this.visibility());
  }

  toggleMarks(): boolean {
    return this.setMarks(toggledChoice(this.visibility()));
  }

  /** Takes new settings: a new "what to mark" wins over an earlier per-page choice. */
  applySettings(next: Settings): void {
    const was = this.settings;
    this.settings = next;
    if (next.hoverDelayMs !== was.hoverDelayMs) this.interaction.intent.setDelay(next.hoverDelayMs);
    if (next.markMode !== was.markMode) {
      this.asked = null;
      this.repaint();
    }
    const off = this.isOffHere(next);
    if (off === this.offHere) return;
    this.offHere = off;
    if (off) this.stop();
    else this.start();
  }

  destroy(): void {
    this.stop();
    this.interaction.destroy();
    this.card.destroy();
    this.painter.destroy();
    this.quotes.destroy();
  }

  /** The plan's mode: "nothing until I ask" shows first mentions once the reader asks. */
  private paintMode(): MarkMode {
    return this.settings.markMode === 'none' ? 'first' : this.settings.markMode;
  }

  /** Styles every mark by the paint plan (paint-job.ts); resolves to false when aborted. */
  private applyPlan(clock: TaskClock, signal: AbortSignal): Promise<boolean> {
    const { store, painter, entities, quotes } = this;
    return applyPaintPlan({ store, painter, entities, quotes }, this.paintMode(), clock, signal);
  }

  /**
   * Restyles the page outside a pass (a setting changed, the reporting sentences changed): a job of its own, so
   * it never runs beside a pass, recorded as `inline-context:plan`.
   */
  private replan(): void {
    this.jobs.add(async (clock, signal) => {
      const t0 = TIMELINE_ON ? performance.now() : 0;
      if (!(await this.applyPlan(clock, signal))) return;
      if (TIMELINE_ON)
        timelineMeasure('inline-context:plan', {
          start: t0,
          detail: {
            marks: this.store.size,
            longestTaskMs: round(clock.longestMs),
            longestSteps: clock.longestSteps,
            longestItemMs: clock.longestItemMs,
          },
        });
    });
  }

  private visibility() {
    return { mode: this.settings.markMode, asked: this.asked, offHere: this.offHere };
  }

  /**
   * The script only runs where the default list or the user's own list enabled it; what is left to honour here
   * is the user's "Off on this site".
   */
  private isOffHere(settings: Settings): boolean {
    return !isEnabledOn(location.hostname, [location.hostname], [], settings.disabledSites);
  }

  /** The same rule as the extension's pages (utils/appearance.ts): the user's choice, else the browser's. */
  private lang(): UiLang {
    return resolveLang(this.settings.uiLanguage, browser.i18n.getUILanguage?.() ?? navigator.language);
  }

  private pageRanking(): string[] {
    this.ranking ??= rankStatements(this.scanner.pageMatches(), this.deps.start.statements);
    return this.ranking;
  }

  /** Opens the card; its content is built once the late stage (the card's code and data) is here. */
  private openCard(m: PageMark, how: OpenReason): void {
    if (!this.entities.has(m.entity)) return;
    const view = { lang: this.lang(), theme: this.settings.theme };
    this.card.show((stage) => stage.entityCard(m, this.pageRanking(), view), how === 'keyboard');
  }

  /** Opens the card's provenance mode beside a reporting sentence, once the late stage is here. */
  private openQuoteCard(s: ReportingSentence, how: OpenReason): void {
    this.card.show((stage) => {
      const lang = this.lang();
      return {
        mode: 'quote',
        ...this.quotes.provenance(s, stage.bundle.statements),
        bundle: stage.bundle,
        lang,
        t: stage.messages[lang],
        theme: this.settings.theme,
      };
    }, how === 'keyboard');
  }

  /** What screen readers hear when the keyboard lands on a mark or a sentence. */
  private describe(stage: LateStage, m: Target<ReportingSentence>): string {
    const lang = this.lang();
    if (!isSentence(m)) return stage.entityLabel(m.entity, lang) ?? m.text;
    const speaker = this.quotes.sourceSpeaker(m);
    return stage.messages[lang].reportingSentence((speaker && stage.entityLabel(speaker, lang)) ?? '');
  }

  /**
   * True when the page names one of the meeting's people (marked, or found by the pass just made): the cheap
   * gate before linking its sentences.
   */
  private namesMeetingPerson(read: readonly BlockMatchRead[]): boolean {
    const meeting = (m: { kind: string; entity: string }) =>
      m.kind === 'person' && this.entities.get(m.entity)?.inMeeting;
    for (const m of this.store.all()) if (meeting(m)) return true;
    return read.some(meeting);
  }

  /**
   * Links the sentences of the pass just made (quote-stage.ts), on pages that mark a meeting person, and
   * restyles the names when the set of reporting sentences changed (names inside one stay calm).
   */
  private async linkQuotes(read: ScanRead, clock: TaskClock, signal: AbortSignal): Promise<void> {
    // The pass's own matches too: on a page over the cap, blocks left unmarked (mark-pager.ts) still count.
    if (!this.namesMeetingPerson(read.matches)) {
      if (this.quotes.size === 0) return;
      this.quotes.clear();
      this.replan();
      return;
    }
    if (this.quotes === NO_QUOTES) {
      // The quote stage and its linker come with the late stage, asked for only on pages that name a meeting
      // person. A failed load is logged once by the loader; the next pass tries again.
      // (Loading it is not our task's time: the clock's stretch ends where the wait begins.)
      const stage = await clock.wait(loadLateStage().catch(() => null));
      if (!stage || signal.aborted || this.quotes !== NO_QUOTES) return;
      this.quotes = stage.createQuoteStage({ statements: this.deps.start.statements });
      this.quotes.setDisplay(this.settings.markMode, marksWanted(this.visibility()));
    }
    const entities = new Set([...this.store.all(), ...read.matches].map((m) => m.entity));
    const ctx = await this.context();
    if (signal.aborted) return;
    const changed = await this.quotes.link(read, ctx, entities, signal, clock);
    if (changed) this.replan();
  }

  /** The page's context for resolving and linking: its date, read now (a promise when the background reads it). */
  private context(): PageContext | Promise<PageContext> {
    const day = this.date.of(document);
    return day instanceof Promise ? day.then((publishedAt) => ({ publishedAt })) : { publishedAt: day };
  }

  private report(): void {
    // Mentions in paragraphs the cap dropped count too: the page names them (mark-pager.ts).
    const counts: EntityCounts = this.pager.counts(this.store.counts());
    const key = JSON.stringify(counts);
    if (key === this.lastCounts) return;
    this.lastCounts = key;
    reportMatches(counts);
  }

  /**
   * Drops marks whose text left the document or was edited under them (a re-render, an edit). Only marks on text
   * nodes the watcher saw change are compared with their text, so a ticker does not cost a `toString` of every
   * range on a big page each second.
   */
  private async dropStale(
    edited: ReadonlySet<Text>,
    clock: TaskClock,
    signal: AbortSignal,
  ): Promise<boolean> {
    const stale: PageMark[] = [];
    const looked = await runInChunks(
      [...this.store.all()],
      (m) => {
        if (
          m.nodes.some((n) => !n.isConnected) ||
          (m.nodes.some((n) => edited.has(n)) && asRead(m.range.toString()) !== asRead(m.text))
        )
          stale.push(m);
      },
      clock.chunks(signal),
    );
    if (!looked || !(await this.forgetInSteps(stale, clock, signal))) return false;
    for (const q of this.quotes.dropStale(edited)) this.interaction.forget(q);
    return true;
  }

  /**
   * Forgets marks everywhere they are held: the store, the highlights, the keyboard walk and the open card; in
   * steps on `clock` (the cap drops thousands at once). Resolves to false when aborted.
   */
  private async forgetInSteps(
    marks: readonly PageMark[],
    clock: TaskClock,
    signal: AbortSignal,
  ): Promise<boolean> {
    if (marks.length) this.ranking = null;
    return runInChunks(
      marks,
      (m) => {
        this.store.remove(m);
        this.painter.remove(m);
        this.interaction.forget(m);
      },
      clock.chunks(signal),
    );
  }

  /**
   * True when a node that left the page (or text edited in place) carried marks: its paragraph would show
   * unmarked until the next pass, so the watcher re-marks it at once. A large removed subtree is not looked
   * through (it would not be re-marked at once anyway).
   */
  private carriedMarks(n: Node): boolean {
    if (n.nodeType === Node.TEXT_NODE) return this.store.onNode(n).length > 0;
    if (n.nodeType !== Node.ELEMENT_NODE || (n.textContent?.length ?? 0) > REMARK_NOW_MAX_CHARS) return false;
    return this.store.within(n).length > 0;
  }

  /** Queues a pass over `roots` (the whole page when `full`); `now` as in {@link JobQueue.add}. */
  private scan(roots: ScanRoot[], full: boolean, now = false): void {
    this.jobs.add(
      async (clock, signal) => {
        const started = performance.now();
        try {
          if (TIMELINE_ON) clock.step('drop-stale');
          if (!(await this.dropStale(this.watch?.takeChangedText() ?? new Set(), clock, signal))) return;
          this.shadowRoots.prune();
          if (full) this.pager.clear();
          else this.pager.remarking(roots);
          const outcome = await this.scanner.scan(roots, () => this.context(), full, signal, clock);
          if (!outcome) return;
          await clock.maybeYield();
          this.pager.schedule();
          if (!(await this.applyPlan(clock, signal))) return;
          this.ranking = null;
          if (TIMELINE_ON) clock.step('report');
          this.report();
          // The whole pass, from dropping stale marks to the paint plan: our longest task while it ran, and what
          // that stretch was made of (step → ms).
          if (TIMELINE_ON)
            timelineMeasure('inline-context:pass', {
              start: started,
              detail: {
                longestTaskMs: round(clock.longestMs),
                longestSteps: clock.longestSteps,
                longestItemMs: clock.longestItemMs,
                // Thread time of the whole pass (its stretches, the page's turns left out).
                busyMs: (clock as ProfiledTaskClock).busyMs,
                busySteps: (clock as ProfiledTaskClock).stepTotals,
              },
            });
          // Linked in the linking queue, after the passes before it were linked; a full pass's linking makes
          // any linking still running stale.
          const read = this.scanner.takeRead();
          if (read)
            this.linking.add((linkClock, linkSignal) => this.linkQuotes(read, linkClock, linkSignal), {
              supersede: full,
            });
        } finally {
          if (now) this.remarkBudget.spend(performance.now() - started);
        }
      },
      { supersede: full, now },
    );
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** The style a mark gets when found, before the pass ends and the page's plan is applied. */
function arrivalStyle(m: PageMark, mode: MarkMode): MarkStyle {
  if (mode === 'every') return m.kind === 'topic' ? 'topic' : 'person';
  if (mode === 'names') return m.kind === 'topic' ? 'quiet' : 'person';
  // First mentions depend on what comes before: quiet (reachable) until the plan decides.
  return 'quiet';
}
