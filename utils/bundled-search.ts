/** The bundled statements and their prebuilt search index, loaded once per extension page. */
import bundleJson from '../generated/bundle.json';
import indexJson from '../generated/search-index.json';
import type { Bundle } from '../lib/data/types.ts';
import { type SerializedIndex, StatementSearch } from '../lib/search/statement-search.ts';

let loaded: StatementSearch | undefined;

/** The search over every statement; built on first use, not at import, so importing a page stays cheap. */
export function statementSearch(): StatementSearch {
  loaded ??= StatementSearch.fromSerialized(bundleJson as unknown as Bundle, indexJson as SerializedIndex);
  return loaded;
}
