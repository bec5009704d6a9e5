/**
 * How likely a page, and a sentence on it, is to report the 13 March 2023 meeting at all — before looking at
 * what the sentence says. Sentences from other events share the words (Lukashenko on "real friends" in 2025,
 * Raisi on sanctions in 2022), so these numbers are added to a sentence's cue score (lib/quote/linker.ts).
 */
import { MEETING_DATE } from '../spot/resolve.ts';

const DAY = 86_400_000;

/** Penalty for the publication date: none near the meeting, more the further away (the anniversary piece
 * of 2024 still quotes it, so a far date lowers the prior and does not forbid). */
export function datePrior(publishedAt: string | null): number {
  return farFromMeeting(publishedAt) ? -1 : 0;
}

/** Days between the page's date and the meeting, or null when the page gives no (readable) date. */
function daysFromMeeting(publishedAt: string | null): number | null {
  if (!publishedAt) return null;
  const days = Math.abs(Date.parse(publishedAt) - Date.parse(MEETING_DATE)) / DAY;
  return Number.isFinite(days) ? days : null;
}

/** True when the page is dated more than 45 days from the meeting (false when it gives no date). */
export function farFromMeeting(publishedAt: string | null): boolean {
  return (daysFromMeeting(publishedAt) ?? 0) > 45;
}

/**
 * True when the page is dated before the meeting's day: nothing on it can report what was said there (a
 * preview, Lukashenko in Beijing two weeks before). A date of a month or a year counts by its last day ("2023-03"
 * is not before); false when the page gives no date.
 */
export function beforeMeeting(publishedAt: string | null): boolean {
  if (!publishedAt) return false;
  const date = publishedAt.slice(0, MEETING_DATE.length);
  return date < MEETING_DATE.slice(0, date.length);
}

/** True when the page is dated more than a week from the meeting (false when it gives no date). */
export function otherWeek(publishedAt: string | null): boolean {
  return (daysFromMeeting(publishedAt) ?? 0) > 7;
}

/**
 * A weekday or "yesterday", in the page languages: a day the reader counts from the page's own date ("a appelé
 * lundi", «в понедельник», «روز دوشنبه», "dün"). ("Today" is not one: "today's world" is kh-11's.)
 */
const WEEKDAY =
  /(?<![\p{L}\p{M}])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|вчера|панядзелак|аўторак|сераду|чацвер|пятніцу|суботу|нядзелю|учора|pazartesi|salı|çarşamba|perşembe|cumartesi|dün|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|أمس|دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|پنج‌شنبه|یکشنبه|دیروز)(?![\p{L}\p{M}])/iu;
/** A digit: a sentence giving a date in numbers dates itself, whatever weekday it names. */
const DIGIT = /[0-9۰-۹٠-٩]/;

/**
 * True when the sentence places itself on a day counted from the page's date (a weekday or "yesterday") and
 * gives no date in numbers: on a page dated more than a week from the meeting ({@link otherWeek}) that day is
 * not the meeting's ("Le guide … a appelé lundi à Téhéran les pays …" in December 2023). (Russian and
 * Belarusian days in the case «в»/«у» gives them, «в среду»: «среда» is also "environment"; no weekday that is
 * also a common word, Arabic «الأحد» "the one", Turkish "pazar" "market".)
 */
export function mentionsWeekday(sentence: string): boolean {
  return WEEKDAY.test(sentence) && !DIGIT.test(sentence);
}

/** The meeting's two principals, who speak its statements. */
const KHAMENEI = 'ali-khamenei';
const LUKASHENKO = 'alexander-lukashenko';
/** The guest's country. */
const BELARUS = 'belarus';
/** The host's country. */
const IRAN = 'iran';

/** True when `mentions` (a sentence's people) name both principals: the meeting itself, whatever the date. */
export function namesBothPrincipals(mentions: readonly { entity: string }[]): boolean {
  let khamenei = false;
  let lukashenko = false;
  for (const m of mentions) {
    if (m.entity === KHAMENEI) khamenei = true;
    else if (m.entity === LUKASHENKO) lukashenko = true;
  }
  return khamenei && lukashenko;
}

/**
 * True when `mentions` name the meeting's guest, Lukashenko, or his country: on a page dated away from the
 * meeting, what may recall it comes after that (QuoteLinker, `LinkCarry.guestNamed`).
 */
export function namesGuest(mentions: readonly { entity: string; described?: boolean }[]): boolean {
  for (const m of mentions)
    if ((m.entity === LUKASHENKO || m.entity === BELARUS) && !m.described) return true;
  return false;
}

/**
 * True when `mentions` name the meeting's host, Khamenei, or his country: on a page dated away from the meeting,
 * a sentence recalls it only once the page has named the host as well as the guest (`LinkCarry.hostNamed`).
 */
export function namesHost(mentions: readonly { entity: string; described?: boolean }[]): boolean {
  for (const m of mentions) if ((m.entity === KHAMENEI || m.entity === IRAN) && !m.described) return true;
  return false;
}

/**
 * Whether one block, or two neighbouring ones (a headline list gives each speaker a line of its own), names
 * both principals: what {@link aboutPrior} asks of a page that names both. `blocks`: the blocks read for
 * linking, in page order, with the people each names (spotted, or in the lexicon's languages; a description,
 * `described`, names no one here).
 */
export function principalsTogether(
  blocks: readonly { block: number; people: readonly { entity: string; described?: boolean }[] }[],
): boolean {
  let last = -2;
  let lastK = false;
  let lastL = false;
  for (const p of blocks) {
    let khamenei = false;
    let lukashenko = false;
    for (const m of p.people) {
      if (m.described) continue;
      if (m.entity === KHAMENEI) khamenei = true;
      else if (m.entity === LUKASHENKO) lukashenko = true;
    }
    const near = p.block - last <= 1;
    if ((khamenei || (near && lastK)) && (lukashenko || (near && lastL))) return true;
    if (khamenei || lukashenko) {
      last = p.block;
      lastK = khamenei;
      lastL = lukashenko;
    }
  }
  return false;
}

/**
 * Penalty for a page that does not name both principals (it may be about another visit or person), or names
 * them only apart: `together` is {@link principalsTogether} ("Khamenei received Lukashenko"). A page on
 * Khamenei receiving Maduro with a related link on Lukashenko names both, never together.
 */
export function aboutPrior(entities: ReadonlySet<string>, together = true): number {
  const lukashenko = entities.has(LUKASHENKO);
  const khamenei = entities.has(KHAMENEI);
  if (lukashenko && khamenei && together) return 0;
  if (lukashenko || khamenei) return -2.5;
  return -4;
}

// Years 1990–2039 and Solar Hijri years 1390–1409, in ASCII, Persian or Arabic-Indic digits. The meeting's
// are 2023 and 1401.
const YEAR = /(?<![\d.,/:])(199\d|20[0-3]\d|139\d|140\d)(?![\d.,/:]\d)/g;
const MEETING_YEARS = new Set(['2023', '1401']);

/**
 * A year that starts a span ("who has ruled Belarus since 1994", «с 1994 года», «منذ عام 1994», «از سال ۱۳۷۳»,
 * "1994'ten beri"): the background of a person or a policy, not when the sentence's event happened. The word
 * before the year, or Turkish's ablative and "beri" / "bu yana" after it.
 */
const SINCE_BEFORE =
  /(?:^|[^\p{L}])(?:since|seit|depuis|с|со|з|منذ|از)\s+(?:(?:the\s+)?(?:year|jahr|года?|عام|سنة|سال)\s+)?$/iu;
const SINCE_AFTER = /^(?:['’](?:den|dan|ten|tan)|\s+yılından|\s+yılindan)\s+(?:beri|bu\s+yana)/iu;

/** True when the sentence dates itself to another year ("in 2024", «в 2022 году», «سال ۱۴۰۳»). */
export function mentionsOtherYear(sentence: string): boolean {
  const ascii = /[۰-۹٠-٩]/.test(sentence)
    ? sentence.replace(/[۰-۹٠-٩]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90))
    : sentence;
  for (const m of ascii.matchAll(YEAR)) {
    if (MEETING_YEARS.has(m[1] as string)) continue;
    const at = m.index as number;
    const end = at + (m[1] as string).length;
    if (
      SINCE_BEFORE.test(ascii.slice(Math.max(0, at - 16), at)) ||
      SINCE_AFTER.test(ascii.slice(end, end + 24))
    )
      continue;
    return true;
  }
  return false;
}
