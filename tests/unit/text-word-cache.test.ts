import { expect, test } from 'vitest';
import { WordCache } from '../../lib/text/word-cache.ts';

test('a page that never stops bringing new words (a ticker) cannot grow the cache past twice its limit', () => {
  const cache = new WordCache<string>(100);
  for (let n = 0; n < 10_000; n++) cache.set(`${n}:`, String(n));
  // Two generations of 100 are held: the 200 latest words, and none before them.
  expect(cache.get('9999:')).toBe('9999');
  expect(cache.get('9800:')).toBe('9800');
  expect(cache.get('9799:')).toBeUndefined();
  expect(cache.get('0:')).toBeUndefined();
});

test('the words a page keeps using stay cached while new ones come and go', () => {
  const cache = new WordCache<string>(100);
  cache.set('Lukashenko', 'lukashenko');
  for (let n = 0; n < 1_000; n++) {
    cache.set(`line ${n}`, 'x');
    // Read again now and then, as the name is on a ticker page: it moves to the newer generation each time.
    if (n % 50 === 0) expect(cache.get('Lukashenko')).toBe('lukashenko');
  }
  expect(cache.get('Lukashenko')).toBe('lukashenko');
  // A word read once, long ago, has aged out.
  expect(cache.get('line 0')).toBeUndefined();
});
