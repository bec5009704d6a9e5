/**
 * The page's publication date (lib/spot/publication-date.ts), as the content script reads it. The machine-readable
 * sources (meta tags, JSON-LD, `<time datetime>`) are read here. The written ones, a byline or dateline in one of
 * eight languages and two calendars and a date in the address, need the date reader and its month names, which
 * stay in the background: the page collects the texts and addresses that may hold its date, in the order
 * `publicationDate` reads them, asks the background to read the ones it has not asked about
 * (`stage:read-dates`), and takes the first date. Answers are kept per text, so a page whose bylines do not
 * change asks once, however often its passes read the date. The answer is `publicationDate`'s.
 */
import { READ_DATES_BATCH } from '../../lib/messaging/protocol.ts';
import { addressUrls, datelineTexts, taggedDate } from '../../lib/spot/index.ts';
import { askBackground } from './ask-background.ts';

type Kind = 'dateline' | 'url';
/** Reads a batch of items of one kind: an ISO day or null per item, in order. */
export type DateAsk = (kind: Kind, items: string[]) => Promise<(string | null)[]>;

/** Asks the background (entrypoints/background/read-dates.ts). */
export const askBackgroundForDates: DateAsk = (kind, items) =>
  askBackground({ type: 'stage:read-dates', kind, items }, (v) =>
    Array.isArray(v) &&
    v.length === items.length &&
    v.every((d) => d === null || (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d)))
      ? (v as (string | null)[])
      : null,
  );

/** What the page offers, in the order it is read: its bylines and datelines, then its addresses. */
type Sources = readonly (readonly [Kind, readonly string[]])[];

export class PageDate {
  /** What the background answered, per kind and item: a pure function of the item, so kept for the page's life. */
  private readonly known: Record<Kind, Map<string, string | null>> = { dateline: new Map(), url: new Map() };

  constructor(private readonly ask: DateAsk = askBackgroundForDates) {}

  /**
   * The date of `doc` as `YYYY-MM-DD`, or null: at once when the tags give it or when every item up to the first
   * date was read before; else a promise, while the background reads the rest. When the background cannot be
   * asked (the extension is updating), the written sources give nothing this time and are asked about again on
   * the next read.
   */
  of(doc: Document): string | null | Promise<string | null> {
    const tagged = taggedDate(doc);
    if (tagged) return tagged;
    const sources: Sources = [
      ['dateline', datelineTexts(doc)],
      ['url', addressUrls(doc)],
    ];
    for (const [kind, items] of sources) {
      const known = this.known[kind];
      for (const item of items) {
        if (!known.has(item)) return this.asking(sources).catch(() => null);
        const day = known.get(item);
        if (day) return day;
      }
    }
    return null;
  }

  /** The first date among the sources, asking about unknown items in batches, in order. */
  private async asking(sources: Sources): Promise<string | null> {
    for (const [kind, items] of sources) {
      const known = this.known[kind];
      for (let i = 0; i < items.length; i++) {
        const item = items[i] as string;
        if (!known.has(item)) {
          // A feed whose bylines keep changing would grow this for the life of the tab: start afresh now and then.
          if (known.size > 2000) known.clear();
          const batch = items
            .slice(i)
            .filter((t) => !known.has(t))
            .slice(0, READ_DATES_BATCH);
          const days = await this.ask(kind, batch);
          for (const [j, t] of batch.entries()) known.set(t, days[j] ?? null);
        }
        const day = known.get(item);
        if (day) return day;
      }
    }
    return null;
  }
}
