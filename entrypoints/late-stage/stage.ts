/**
 * Builds the late stage's API (see ./api.ts): the card and the data only it shows. Everything imported here is
 * bundled into `late-stage.js`, not into the content script.
 */
import { h, render } from 'preact';
import { HoverCard } from '../../components/card/HoverCard.tsx';
import { cues, gazetteer, meeting, schemaVersion, statements } from '../../generated/bundle.json';
import type { Bundle } from '../../lib/data/types.ts';
import { MESSAGES } from '../../lib/i18n/strings.ts';
import { statementsFor } from '../../lib/page/card-statements.ts';
import { QuoteLinker } from '../../lib/quote/index.ts';
import { copyCitation } from '../../utils/copy-citation.ts';
import { CardHost } from '../content/card-host.ts';
import { keyboardWalk } from '../content/keyboard-walk.ts';
import { MarkPager } from '../content/mark-pager.ts';
import { QuoteStage } from '../content/quote-stage.ts';
import type { LateStage } from './api.ts';

export function createLateStage(): LateStage {
  // Named imports of the JSON: the card's bundle, and the cue lexicon only the quote linker reads.
  const bundle = { schemaVersion, meeting, statements, gazetteer } as unknown as Bundle;
  let linker: QuoteLinker | undefined;
  const quoteLinker = (): QuoteLinker => {
    linker ??= new QuoteLinker({ ...bundle, cues } as unknown as Bundle);
    return linker;
  };
  // The same in steps (a few terms each), for the quote stage's chunks: compiling takes tens of milliseconds.
  const quoteLinkerSteps = function* (): Generator<void, QuoteLinker> {
    linker ??= yield* QuoteLinker.compile({ ...bundle, cues } as unknown as Bundle);
    return linker;
  };
  return {
    bundle,
    entityCard: (mark, pageRanking, { lang, theme }) => {
      const entity = bundle.gazetteer.entities.find((e) => e.id === mark.entity);
      if (!entity) return null;
      const statements = statementsFor(mark.entity, bundle.statements, pageRanking, 3);
      return { mark, entity, statements, bundle, lang, t: MESSAGES[lang], theme };
    },
    entityLabel: (id, lang) => bundle.gazetteer.entities.find((e) => e.id === id)?.label[lang],
    messages: MESSAGES,
    createCard: (events) => new CardHost(events),
    prepare: () => {
      const entity = bundle.gazetteer.entities[0];
      if (!entity) return;
      const noop = () => undefined;
      const detached = document.createElement('div');
      render(
        h(HoverCard, {
          pageText: entity.label.en,
          entity,
          statements: bundle.statements.slice(0, 3),
          bundle,
          lang: 'en',
          t: MESSAGES.en,
          copiedId: null,
          onCopy: noop,
          onSearch: noop,
          onClose: noop,
        }),
        detached,
      );
      render(null, detached);
    },
    quoteLinker,
    createQuoteStage: (deps) => new QuoteStage({ ...deps, linker: quoteLinkerSteps }),
    createMarkPager: (deps) => new MarkPager(deps),
    walk: keyboardWalk,
    copyCitation: (statement, lang) => copyCitation(statement, bundle, lang),
  };
}
