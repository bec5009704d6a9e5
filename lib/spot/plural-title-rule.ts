/**
 * A title in the plural names several people, not one office holder: «Президенты Белоруссии и Ирана
 * подписали…», «Президенты ИРИ и Беларуси» ('the presidents of Belarus and Iran'). Russian and Belarusian
 * stems make the plural meet the singular alias («президент Белоруссии»), so the plural is read from the
 * head word's ending. The country inside is still a mention of that country (`context-rules.ts` scans the
 * rest of the phrase again).
 */
import { foldText } from '../text/fold.ts';

/**
 * Plural endings of a noun whose stem ends in a hard consonant (президент-ы, -ов, -ами, -ах; be -аў, -амі).
 * Not the Russian dative -ам: it is the Belarusian instrumental singular («з прэзідэнтам Ірана»).
 */
const HARD = ['ы', 'ов', 'ами', 'ах', 'аў', 'амі'];
/** And in ь or й (руководител-и, -ей, -ями, -ях; be -яў, -ямі); not -ям, as above. */
const SOFT = ['и', 'ей', 'ями', 'ях', 'яў', 'ямі', 'і'];

function firstWord(s: string): string {
  const m = /^[\p{L}\p{M}]+/u.exec(s);
  return m ? m[0] : '';
}

/**
 * The length of the head word of a Cyrillic title mention when it is in the plural (so the caller can
 * look for mentions after it), or 0. `mention`: the page's text; `alias`: the gazetteer's (singular) title.
 */
export function pluralTitleHead(mention: string, alias: string): number {
  const raw = firstWord(mention);
  const head = foldText(raw);
  const aliasHead = foldText(firstWord(alias));
  if (head.length === 0 || aliasHead.length < 4) return 0;
  const last = aliasHead.charAt(aliasHead.length - 1);
  let stem: string;
  let endings: string[];
  if (last === 'ь' || last === 'й') {
    stem = aliasHead.slice(0, -1);
    endings = SOFT;
  } else if (/[бвгджзклмнпрстфхцчшщ]/.test(last)) {
    stem = aliasHead;
    endings = HARD;
  } else return 0; // «глава»: its plural «главы» is also its genitive singular
  if (!head.startsWith(stem)) return 0;
  return endings.includes(head.slice(stem.length)) ? raw.length : 0;
}
