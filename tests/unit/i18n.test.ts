/** Interface text: every language has every string, the manifest's strings exist in every locale. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dirOf, MESSAGES, pickLang, resolveLang } from '../../lib/i18n/messages.ts';

const LOCALES = join(import.meta.dirname, '..', '..', 'public', '_locales');
const locale = (l: string) =>
  JSON.parse(readFileSync(join(LOCALES, l, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

describe('interface text', () => {
  it('has the same strings in English, Persian and Russian, none empty', () => {
    const keys = Object.keys(MESSAGES.en).sort();
    for (const lang of ['fa', 'ru'] as const) {
      expect(Object.keys(MESSAGES[lang]).sort()).toEqual(keys);
      for (const [k, v] of Object.entries(MESSAGES[lang])) {
        const text =
          typeof v === 'function'
            ? (v as (a: never) => string)('x' as never)
            : typeof v === 'string'
              ? v
              : JSON.stringify(v);
        expect(text.length, `${lang}.${k}`).toBeGreaterThan(0);
      }
    }
  });

  it('is translated, not copied: Persian strings are in Persian script, Russian in Cyrillic', () => {
    expect(MESSAGES.fa.scanPage).toMatch(/[\u0600-\u06FF]/);
    expect(MESSAGES.ru.scanPage).toMatch(/[\u0400-\u04FF]/);
  });

  it('follows the browser language unless the user picked one, and mirrors Persian', () => {
    expect(resolveLang('auto', 'fa-IR')).toBe('fa');
    expect(resolveLang('auto', 'ru')).toBe('ru');
    expect(resolveLang('auto', 'de-DE')).toBe('en');
    expect(resolveLang('ru', 'fa-IR')).toBe('ru');
    expect(pickLang(undefined)).toBe('en');
    expect(dirOf('fa')).toBe('rtl');
    expect(dirOf('ru')).toBe('ltr');
  });

  it('has the manifest, context-menu and command strings in every locale', () => {
    const en = Object.keys(locale('en')).sort();
    expect(en).toEqual(
      expect.arrayContaining(['extName', 'extDescription', 'contextMenuLookup', 'commandToggleMarks']),
    );
    for (const l of readdirSync(LOCALES)) expect(Object.keys(locale(l)).sort(), l).toEqual(en);
  });
});
