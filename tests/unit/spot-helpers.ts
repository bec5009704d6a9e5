/** Shared test fixtures for the spotter: the real gazetteer, compiled once. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import bundleJson from '../../generated/bundle.json' with { type: 'json' };
import type { Bundle } from '../../lib/data/types.ts';
import { CORPUS_LANGS } from '../../lib/eval/gold.ts';
import { LEXICONS, Spotter } from '../../lib/spot/index.ts';

export const bundle = bundleJson as unknown as Bundle;
export const spotter = new Spotter(bundle.gazetteer, LEXICONS, bundle.statements);

/** `entity-or-role:text` for each mention found in `text`, e.g. `ali-khamenei:Ali Khamenei` (namesakes left out). */
export function found(text: string): string[] {
  // Namesakes ("Hamid Raisi", "Mińsk Mazowiecki") are kept unlinked for the page rules: not mentions.
  return spotter
    .findCandidates(text)
    .filter((c) => !c.namesakeOf)
    .map((c) => `${c.entity ?? c.office ?? 'surname'}:${c.text}`);
}

/** Every page of the development corpus (all languages) and of the baselines: paths of their .html/.txt files. */
export function corpusAndBaselinePages(): string[] {
  const testsDir = join(import.meta.dirname, '..');
  const pagesIn = (dir: string) =>
    readdirSync(dir)
      .filter((f) => /\.(html|txt)$/.test(f))
      .map((f) => join(dir, f));
  return [
    ...CORPUS_LANGS.flatMap((lang) => pagesIn(join(testsDir, 'corpus', lang))),
    ...pagesIn(join(testsDir, 'baselines', 'pages')),
  ];
}
