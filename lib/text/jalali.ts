/**
 * Solar Hijri (Jalali) dates to Gregorian, as Iranian pages write them («۲۲ اسفند ۱۴۰۱», `1401/12/22`).
 *
 * The arithmetic is Kazimierz Borkowski's, as published in the jalaali-js library (MIT): the calendar's
 * leap years follow 33-year cycles between listed break years, and day numbers are Julian Day Numbers.
 * Valid for Jalali years −61 … 3177. Tested against the `Intl` Persian calendar for every day of 1990–2040
 * (tests in `jalali.test.ts`); no dependency added for ~60 lines.
 */

/** Jalali years at which the 33-year leap cycle restarts. */
const BREAKS = [
  -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178,
];

const div = (a: number, b: number): number => Math.trunc(a / b);
const mod = (a: number, b: number): number => a - Math.trunc(a / b) * b;

/** The Gregorian year in which Jalali year `jy` starts, and the March day of its Nowruz (1 Farvardin). */
function nowruz(jy: number): { gy: number; march: number } {
  const gy = jy + 621;
  let leapJ = -14;
  let jp = BREAKS[0] as number;
  let jump = 0;
  for (let i = 1; i < BREAKS.length; i++) {
    const jm = BREAKS[i] as number;
    jump = jm - jp;
    if (jy < jm) break;
    leapJ += div(jump, 33) * 8 + div(mod(jump, 33), 4);
    jp = jm;
  }
  const n = jy - jp;
  leapJ += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
  if (mod(jump, 33) === 4 && jump - n === 4) leapJ += 1;
  const leapG = div(gy, 4) - div((div(gy, 100) + 1) * 3, 4) - 150;
  return { gy, march: 20 + leapJ - leapG };
}

/** Julian Day Number of a Gregorian date. */
function gregorianToJdn(gy: number, gm: number, gd: number): number {
  let d = div((gy + div(gm - 8, 6) + 100100) * 1461, 4) + div(153 * mod(gm + 9, 12) + 2, 5) + gd - 34840408;
  d = d - div(div(gy + 100100 + div(gm - 8, 6), 100) * 3, 4) + 752;
  return d;
}

/** Gregorian date of a Julian Day Number. */
function jdnToGregorian(jdn: number): { gy: number; gm: number; gd: number } {
  let j = 4 * jdn + 139361631;
  j = j + div(div(4 * jdn + 183187720, 146097) * 3, 4) * 4 - 3908;
  const i = div(mod(j, 1461), 4) * 5 + 308;
  const gd = div(mod(i, 153), 5) + 1;
  const gm = mod(div(i, 153), 12) + 1;
  const gy = div(j, 1461) - 100100 + div(8 - gm, 6);
  return { gy, gm, gd };
}

/** Days in a Jalali month: 31 for the first six, 30 for the next five, 29 or 30 for Esfand. */
function monthLength(jy: number, jm: number): number {
  if (jm <= 6) return 31;
  if (jm <= 11) return 30;
  // Esfand has 30 days when next Nowruz comes 366 days after this one.
  return jalaliToJdn(jy + 1, 1, 1) - jalaliToJdn(jy, 12, 1);
}

function jalaliToJdn(jy: number, jm: number, jd: number): number {
  const r = nowruz(jy);
  return gregorianToJdn(r.gy, 3, r.march) + (jm - 1) * 31 - div(jm, 7) * (jm - 7) + jd - 1;
}

/**
 * The ISO Gregorian date (`YYYY-MM-DD`) of a Jalali date, or null when the date does not exist (month
 * 13, Esfand 30 in a common year) or lies outside the years the arithmetic covers.
 */
export function jalaliToIso(jy: number, jm: number, jd: number): string | null {
  if (!Number.isInteger(jy) || !Number.isInteger(jm) || !Number.isInteger(jd)) return null;
  if (jy < (BREAKS[0] as number) || jy >= (BREAKS[BREAKS.length - 1] as number) - 1) return null;
  if (jm < 1 || jm > 12 || jd < 1 || jd > monthLength(jy, jm)) return null;
  const { gy, gm, gd } = jdnToGregorian(jalaliToJdn(jy, jm, jd));
  return `${String(gy).padStart(4, '0')}-${String(gm).padStart(2, '0')}-${String(gd).padStart(2, '0')}`;
}
