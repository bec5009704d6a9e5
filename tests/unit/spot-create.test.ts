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

test('the stepwise compile’s prefilter lets the same blocks through as the direct one', async () => {
  const stepwise = await Spotter.create(bundle.gazetteer, LEXICONS, [], async () => {});
  const direct = new Spotter(bundle.gazetteer, LEXICONS);
  const blocks = [
    TEXT,
    'The weather in Minsk was mild; traders met in the square.',
    'Road repairs continue on the ring road this week.',
    'الرئيس البيلاروسي في طهران',
    'IRNA reported the talks.',
  ];
  const pass = (s: Spotter) => blocks.map((b) => s.aliasMatcher.prefilter?.mayMatch(b));
  expect(pass(stepwise)).toEqual(pass(direct));
  // Not a filter that lets everything through: the road-repairs block names nothing.
  expect(pass(direct)).toContain(false);
});
