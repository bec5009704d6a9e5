/**
 * Reads the dates a page's bylines, datelines and addresses give (`stage:read-dates`), for content scripts:
 * the date reader's patterns and the month names of eight languages and two calendars stay in the worker, and
 * a page sends only the few texts that may hold its date (entrypoints/content/page-date.ts).
 */
import { DateReader, urlDate } from '../../lib/spot/date-text.ts';
import { MONTH_NAMES } from '../../lib/spot/month-names.ts';

let reader: DateReader | undefined;

/**
 * One ISO day or null per item, as `publicationDate` reads each (lib/spot/publication-date.ts); `lang`: the page's
 * `<html lang>`, which says how it writes an all-number date.
 */
export function readDates(kind: 'dateline' | 'url', items: readonly string[], lang = ''): (string | null)[] {
  if (kind === 'url') return items.map((u) => urlDate(u));
  reader ??= new DateReader(MONTH_NAMES);
  const dates = reader;
  return items.map((t) => dates.datelineDate(t, lang));
}
