import { AliasMatcher } from '../lib/spot/alias-matcher.ts';
import { compilePatternsSteps } from '../lib/spot/patterns.ts';
import { loadBundle } from './eval/corpus.ts';
const g = loadBundle().gazetteer;
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let run = 0; run < 8; run++) {
  const out: [string, number][] = [];
  let t = cpu();
  const lap = (label: string) => { const n = cpu(); out.push([label, n - t]); t = cpu(); };
  const steps = compilePatternsSteps(g);
  let s = steps.next(); let i = 0;
  for (; !s.done; s = steps.next()) lap(`pat${i++}`);
  lap(`pat-end`);
  const m = new AliasMatcher(g, s.value, false);
  lap('ctor');
  i = 0; for (const _ of m.automaton.buildSteps()) lap(`ac${i++}`);
  lap('ac-end');
  i = 0; for (const _ of (m.prefilter as any).buildSteps()) lap(`pf${i++}`);
  lap('pf-end');
  const top = [...out].sort((a, b) => b[1] - a[1]).slice(0, 5);
  console.log(run, out.length, out.reduce((a, b) => a + b[1], 0).toFixed(0), top.map(([l, x]) => `${l}:${x.toFixed(1)}`).join(' '));
}
