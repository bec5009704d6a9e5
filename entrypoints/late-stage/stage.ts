/**
 * Builds the late stage's API (see ./api.ts): the card and the data only it shows. Everything imported here is
 * bundled into `late-stage.js`, not into the content script.
 */
import { gazetteer, meeting, schemaVersion, statements } from '../../generated/bundle.json';
import type { Bundle } from '../../lib/data/types.ts';
import { MESSAGES } from '../../lib/i18n/strings.ts';
import { copyCitation } from '../../utils/copy-citation.ts';
import { CardHost } from '../content/card-host.ts';
import type { LateStage } from './api.ts';

export function createLateStage(): LateStage {
  // Named imports of the JSON, so the bundler leaves out what no card shows (the quote cue lexicon).
  const bundle = { schemaVersion, meeting, statements, gazetteer } as unknown as Bundle;
  return {
    bundle,
    messages: MESSAGES,
    createCard: (events) => new CardHost(events),
    copyCitation: (statement, lang) => copyCitation(statement, bundle, lang),
  };
}
