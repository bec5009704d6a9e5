import { render } from 'preact';
import bundleJson from '../../generated/bundle.json';
import indexJson from '../../generated/search-index.json';
import { SearchPanel } from '../../components/SearchPanel.tsx';
import type { Bundle } from '../../lib/data/types.ts';
import { MESSAGES, pickLang } from '../../lib/i18n/messages.ts';
import { type SerializedIndex, StatementSearch } from '../../lib/search/statement-search.ts';

const bundle = bundleJson as unknown as Bundle;
const search = StatementSearch.fromSerialized(bundle, indexJson as SerializedIndex);
const lang = pickLang(navigator.language);
const root = document.getElementById('app');
if (root) render(<SearchPanel search={search} lang={lang} t={MESSAGES[lang]} />, root);
