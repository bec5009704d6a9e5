/** The real gazetteer, and copies grown with synthetic aliases to see how the matcher scales. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALIAS_LANGS, type Bundle, type Gazetteer } from '../../lib/data/types.ts';
import { LEXICONS, Spotter } from '../../lib/spot/index.ts';
import { syntheticAliases } from './news-page.ts';

export function loadBundle(): Bundle {
  return JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'generated', 'bundle.json'), 'utf8'),
  ) as Bundle;
}

/** Number of aliases (names, surnames, titles) in a gazetteer, in every alias language. */
export function aliasCount(g: Gazetteer): number {
  let n = 0;
  for (const e of g.entities)
    for (const l of ALIAS_LANGS) n += (e.names[l]?.length ?? 0) + (e.surnames[l]?.length ?? 0);
  for (const o of g.offices) for (const l of ALIAS_LANGS) n += o.titles[l]?.length ?? 0;
  return n;
}

/** `g` with synthetic topic aliases added until it has `factor` times as many aliases. */
export function scaled(g: Gazetteer, factor: number): Gazetteer {
  if (factor <= 1) return g;
  const extra = syntheticAliases(aliasCount(g) * (factor - 1));
  return {
    ...g,
    entities: [
      ...g.entities,
      {
        id: 'synthetic',
        kind: 'topic',
        inMeeting: false,
        label: { fa: 'x', en: 'x', ru: 'x' },
        description: { fa: '', en: '', ru: '' },
        names: { fa: extra.filter((_, i) => i % 2 === 1), en: extra.filter((_, i) => i % 2 === 0), ru: [] },
        surnames: { fa: [], en: [], ru: [] },
      },
    ],
  };
}

/** Every alias of a gazetteer, for mark.js. */
export function allAliases(g: Gazetteer): string[] {
  const out: string[] = [];
  for (const e of g.entities)
    for (const l of ALIAS_LANGS) out.push(...(e.names[l] ?? []), ...(e.surnames[l] ?? []));
  for (const o of g.offices) for (const l of ALIAS_LANGS) out.push(...(o.titles[l] ?? []));
  return [...new Set(out)];
}

export { LEXICONS, Spotter };
