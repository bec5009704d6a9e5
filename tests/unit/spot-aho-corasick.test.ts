import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick, findAll } from '../../lib/spot/aho-corasick.ts';

/** Every occurrence of every pattern, by brute force. */
function naive(patterns: string[], text: string): string[] {
  const hits: string[] = [];
  patterns.forEach((p, id) => {
    if (!p) return;
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) hits.push(`${i}-${i + p.length}-${id}`);
  });
  return hits.sort();
}

describe('AhoCorasick', () => {
  const alphabet = fc.constantFrom('a', 'b', 'c', 'ا', 'ب', 'й');
  const word = fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
  const text = fc.array(alphabet, { maxLength: 60 }).map((a) => a.join(''));

  it.each([
    ['with the default budget', undefined],
    ['with DFA rows for the root only', 1],
    ['with DFA rows for a few shallow nodes', 12],
  ])('finds exactly what a brute-force search finds, %s', (_name, dfaBudget) => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), text, (patterns, t) => {
        const ac = new AhoCorasick(dfaBudget === undefined ? {} : { dfaBudget });
        patterns.forEach((p, id) => {
          ac.add(p, id);
        });
        ac.build();
        const hits = findAll(ac, t).map((h) => `${h.start}-${h.end}-${h.id}`);
        expect(hits.sort()).toEqual(naive(patterns, t));
      }),
      { numRuns: 300 },
    );
  });

  it('finds exactly what a brute-force search finds when patterns reach past the nodes with DFA rows', () => {
    // Nodes deeper than DFA_DEPTH have no row whatever the budget: long patterns over a two-letter alphabet
    // send the text deep, and back, often.
    const ab = fc.constantFrom('a', 'b');
    const long = fc.array(ab, { minLength: 6, maxLength: 14 }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        fc.array(long, { minLength: 1, maxLength: 8 }),
        fc.array(ab, { maxLength: 80 }),
        (patterns, t) => {
          const ac = new AhoCorasick();
          patterns.forEach((p, id) => {
            ac.add(p, id);
          });
          ac.build();
          const text = t.join('');
          const hits = findAll(ac, text).map((h) => `${h.start}-${h.end}-${h.id}`);
          expect(hits.sort()).toEqual(naive(patterns, text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['as a full DFA', undefined],
    ['with DFA rows for the root only', 1],
  ])('steps one code at a time to exactly the ends of the hits a search finds, %s', (_name, dfaBudget) => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), text, (patterns, t) => {
        const ac = new AhoCorasick(dfaBudget === undefined ? {} : { dfaBudget });
        patterns.forEach((p, id) => {
          ac.add(p, id);
        });
        ac.build();
        // advance() step by step: a negative node is a pattern ending there; carry on from ~node.
        const ends: number[] = [];
        let node = 0;
        for (let i = 0; i < t.length; i++) {
          node = ac.advance(node, t.charCodeAt(i));
          if (node < 0) {
            ends.push(i + 1);
            node = ~node;
          }
        }
        const naiveEnds = [...new Set(naive(patterns, t).map((h) => Number(h.split('-')[1])))];
        expect(ends).toEqual(naiveEnds.sort((x, y) => x - y));
      }),
      { numRuns: 300 },
    );
  });

  it('reports nested and overlapping patterns ("he", "she", "hers")', () => {
    const ac = new AhoCorasick();
    ['he', 'she', 'his', 'hers'].forEach((p, id) => {
      ac.add(p, id);
    });
    expect(findAll(ac, 'ushers').map((h) => `${h.start}-${h.end}`)).toEqual(['1-4', '2-4', '2-6']);
  });
});
