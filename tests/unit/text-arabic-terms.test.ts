import { expect, test } from 'vitest';
import { arabicReadings } from '../../lib/text/arabic-terms.ts';
import { foldText } from '../../lib/text/fold.ts';
import { analyze, analyzeArabic } from '../../lib/text/terms.ts';

const readings = (word: string) => arabicReadings(foldText(word));

test('every proclitic chain of the issue is taken off, and the whole word is kept beside it', () => {
  for (const w of ['العقوبات', 'والعقوبات', 'بالعقوبات', 'للعقوبات', 'فالعقوبات', 'وبالعقوبات', 'كالعقوبات'])
    expect(readings(w).bare, w).toContain('عقوبات');
  for (const w of ['وعقوبات', 'بعقوبات', 'لعقوبات', 'فعقوبات'])
    expect(readings(w).bare, w).toContain('عقوبات');
  expect(readings('والعقوبات').bare).toContain(foldText('والعقوبات'));
});

test('a split never leaves fewer than three letters', () => {
  expect(readings('ولد').bare).toEqual(['ولد']);
  expect(readings('الله').bare).toEqual(['الله']);
});

test('plural, feminine and nisba endings give a shared stem', () => {
  expect(readings('عقوبة').stems).toContain('عقوب');
  expect(readings('العقوبات').stems).toContain('عقوب');
  expect(readings('الاتفاقيات').stems).toContain('اتفاق');
  expect(readings('اتفاقية').stems).toContain('اتفاق');
});

test('a standalone hamza is dropped, as writers drop it: «إجراء» and «اجرا» give the same term', () => {
  expect(analyzeArabic('إجراء')[0]?.terms).toEqual(analyzeArabic('اجرا')[0]?.terms);
  expect(analyze('إجراء')[0]?.terms).toEqual(analyze('اجرا')[0]?.terms);
});

test('an Arabic text is not read with Persian affix rules: «إيران أم روسيا» stays three words', () => {
  expect(analyzeArabic('إيران أم روسيا').map((w) => w.terms[0])).toEqual(['ایران', 'ام', 'روسیا']);
  // The Persian analysis joins a detached «ام» to the word before it, as Persian writes it.
  expect(analyze('إيران أم روسيا')).toHaveLength(2);
});

test('words in other scripts get no Arabic readings', () => {
  expect(analyze('sanctions санкции')).toEqual([
    expect.objectContaining({ arabic: [], arabicStems: [] }),
    expect.objectContaining({ arabic: [], arabicStems: [] }),
  ]);
});
