/**
 * Benchmark sections: each measures one thing and returns named figures and ratios. `scripts/bench.ts` runs
 * the list in order; to add a figure (page timing with the extension loaded, statement search…), add a
 * section here and to `SECTIONS` in `bench.ts`.
 */
import type { Figure } from './stats.ts';

export interface Ratio {
  name: string;
  label: string;
  value: number;
  /** The goal, e.g. `{ atLeast: 20 }` or `{ atMost: 3 }`. */
  target?: { atLeast?: number; atMost?: number };
}

export interface SectionResult {
  figures: Figure[];
  ratios: Ratio[];
  notes?: string[];
}

export interface BenchSection {
  /** Stable id, the key in `--json` output. */
  name: string;
  title: string;
  run(log: (line: string) => void): Promise<SectionResult>;
}

export function meets(r: Ratio): boolean | null {
  if (!r.target) return null;
  if (r.target.atLeast !== undefined && r.value < r.target.atLeast) return false;
  if (r.target.atMost !== undefined && r.value > r.target.atMost) return false;
  return true;
}
