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
/**
 * Reads a batch of items of one kind: an ISO day or null per item, in order. `lang`: the page's `<html lang>`
 * (how it writes an all-number date).
 */
export type DateAsk = (kind: Kind, items: string[], lang: string) => Promise<(string | null)[]>;

/** Asks the background (entrypoints/background/read-dates.ts). */
export const askBackgroundForDates: DateAsk = (kind, items, lang) =>
  askBackground({ type: 'stage:read-dates', kind, items, lang }, (v) =>
    Array.isArray(v) &&
    v.length === items.length &&
    v.every((d) => d === null || (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d)))
      ? (v as (string | null)[])
      : null,
  );

export class PageDate {
  /** What the background answered, per kind and item: a pure function of the item, so kept for the page's life. */
  private readonly known: Record<Kind, Map<string, string | null>> = { dateline: new Map(), url: new Map() };

  constructor(private readonly ask: DateAsk = askBackgroundForDates) {}

  /**
   * The date of `doc` as `YYYY-MM-DD`, or null: at once when the tags give it or when every item up to the first
   * date was read before; else a promise, while the background reads the next few unknown items (then the page
   * is read again). When the background cannot be asked (the extension is updating), the written sources give
   * nothing this time and are asked about again on the next read.
   */
  of(doc: Document): string | null | Promise<string | null> {
    const tagged = taggedDate(doc);
    if (tagged) return tagged;
    const sources: [Kind, Iterable<string>][] = [
      ['dateline', datelineTexts(doc)],
      ['url', addressUrls(doc)],
    ];
    for (const [kind, items] of sources) {
      const known = this.known[kind];
      const it = items[Symbol.iterator]();
      for (let r = it.next(); !r.done; r = it.next()) {
        if (!known.has(r.value)) {
          const batch = [r.value];
          for (r = it.next(); !r.done && batch.length < READ_DATES_BATCH; r = it.next())
            if (!known.has(r.value)) batch.push(r.value);
          return this.ask(kind, batch, doc.documentElement.lang).then(
            (days) => {
              for (const [j, t] of batch.entries()) known.set(t, days[j] ?? null);
              return this.of(doc);
            },
            () => null,
          );
        }
        const day = known.get(r.value);
        if (day) return day;
      }
    }
    return null;
  }
}
