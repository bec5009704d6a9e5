import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { Bundle } from '../../lib/data/types.ts';
import { LEXICONS, Spotter } from '../../lib/spot/index.ts';
import { ROOT } from './data-fixtures.ts';

const bundle = JSON.parse(readFileSync(join(ROOT, 'generated/bundle.json'), 'utf8')) as Bundle;
const TEXT =
  'Alexander Lukashenko met Ayatollah Ali Khamenei in Tehran; «تحریم‌های» آمریکا و خط عبور شمال به جنوب. ' +
  'Президент Белоруссии обсудил санкции и коридор «Север — Юг».';

test('the content script’s stepwise compile gives the page a turn between steps and finds the same mentions', async () => {
  let pauses = 0;
  const stepwise = await Spotter.create(bundle.gazetteer, LEXICONS, [], async () => {
    pauses++;
  });
  expect(pauses).toBeGreaterThanOrEqual(2);
  const direct = new Spotter(bundle.gazetteer, LEXICONS);
  const found = stepwise.findCandidates(TEXT);
  expect(found.length).toBeGreaterThan(5);
  expect(found).toEqual(direct.findCandidates(TEXT));
});
