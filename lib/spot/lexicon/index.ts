/** The word lists of every page language (see `types.ts`), and which lists apply to text in a script. */
import type { Script } from '../char-class.ts';
import { ar } from './ar.ts';
import { be } from './be.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { fa } from './fa.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import { tr } from './tr.ts';
import type { Lexicon, PageLang } from './types.ts';

export type { Lexicon, PageLang, TopicContext } from './types.ts';

export const LEXICONS: Record<PageLang, Lexicon> = { fa, en, ru, ar, be, de, fr, tr };

/**
 * The languages whose lists apply to a mention written in a script. The spotter does not know a page's
 * language (pages lie about it, and quote other languages), only the script of the alias that matched, so
 * it applies the lists of every language written in that script: "former" and «ancien» both before a
 * Latin-script title.
 */
export const LANGS_OF_SCRIPT: Record<Script, readonly PageLang[]> = {
  latin: ['en', 'de', 'fr', 'tr'],
  arabic: ['fa', 'ar'],
  cyrillic: ['ru', 'be'],
};
