/** The word lists of every page language (see `types.ts`). */
import { ar } from './ar.ts';
import { be } from './be.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { fa } from './fa.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import { tr } from './tr.ts';
import type { Lexicons } from './types.ts';

export type { Lexicon, Lexicons, PageLang, TopicContext } from './types.ts';

/**
 * The lists as written in this folder: what the CLI, the bench and the tests pass to the spotter. The content
 * script does not import them; it receives the same lists with its start data (lib/data/page-start.ts).
 */
export const LEXICONS: Lexicons = { fa, en, ru, ar, be, de, fr, tr };
