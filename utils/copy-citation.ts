/** "Copy with citation" for extension pages: the citation text in the interface language, to the clipboard. */
import type { Bundle, CompiledStatement, UiLang } from '../lib/data/types.ts';
import { citationText } from '../lib/format/citation.ts';
import { LOG_PREFIX } from '../lib/messaging/receiver.ts';

/** Returns whether the clipboard accepted the text (it refuses when the page has lost focus). */
export async function copyCitation(
  statement: CompiledStatement,
  bundle: Bundle,
  lang: UiLang,
): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(citationText(statement, bundle, lang));
    return true;
  } catch (error) {
    console.warn(`${LOG_PREFIX} copy failed: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
