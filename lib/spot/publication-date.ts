/** When a page was published, for dated titles ("the Supreme Leader" in 2023 is not the one in 2026). */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

function isoDay(value: string | null | undefined): string | null {
  const m = value?.trim().match(ISO_DATE);
  if (!m) return null;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** The first `datePublished` anywhere in parsed JSON-LD (objects, arrays, `@graph`). */
function findDatePublished(value: unknown, depth = 0): string | null {
  if (depth > 20 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  const direct = record.datePublished;
  if (typeof direct === 'string' && isoDay(direct)) return isoDay(direct);
  for (const key of Object.keys(record)) {
    const found = findDatePublished(record[key], depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * The page's publication date as `YYYY-MM-DD` (the date part as the page writes it, no time zone shift), or
 * null. Sources, in order: `<meta property="article:published_time">` (or `name=`, `itemprop=datePublished`),
 * JSON-LD `datePublished` at any depth, then the first `<time datetime>` inside `article` or `main`.
 */
export function publicationDate(doc: Document): string | null {
  for (const selector of [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
  ]) {
    const day = isoDay(doc.querySelector(selector)?.getAttribute('content'));
    if (day) return day;
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const day = findDatePublished(JSON.parse(script.textContent ?? ''));
      if (day) return day;
    } catch {
      // Broken JSON-LD is common on real pages; the next source may still give a date.
    }
  }
  const time = doc.querySelector('article time[datetime], main time[datetime]');
  return isoDay(time?.getAttribute('datetime'));
}
