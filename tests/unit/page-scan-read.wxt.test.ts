/**
 * A full pass on a long page drops, as it goes, the blocks the quote stage will not read (page-scanner.ts): a
 * block with no candidate after a block with none, once the blocks kept hold more than KEEP_EVERY_BLOCK_CHARS
 * characters. The quote linker reads such a block only on a page no longer than READ_WHOLE_PAGE, and it decides
 * that from the blocks it is given, so the drop must start only past that length: otherwise a page just over it
 * would be read whole with its dropped blocks empty, and lose the sentences in them.
 */
import { describe, expect, it } from 'vitest';
import { KEEP_EVERY_BLOCK_CHARS } from '../../entrypoints/content/page-scanner.ts';
import { linkPlan, READ_WHOLE_PAGE } from '../../lib/quote/linker.ts';

describe('the blocks a full pass keeps for quote linking', () => {
  it('are dropped only on a page the linker does not read whole', () => {
    expect(KEEP_EVERY_BLOCK_CHARS).toBeGreaterThanOrEqual(READ_WHOLE_PAGE);
  });

  it('are every block the linker plans to read on such a page', () => {
    // Blocks past the kept text, with a person named in block 1 only: the linker reads block 1 (its mention)
    // and block 2 ("he added"), never 3 or 4, which the pass drops (their text is then empty).
    const long = { text: 'x'.repeat(KEEP_EVERY_BLOCK_CHARS + 1) };
    const blocks = [
      long,
      { text: 'Lukashenko said' },
      { text: 'and added' },
      { text: 'weather' },
      { text: 'sport' },
    ];
    const person = [
      { entity: 'lukashenko', kind: 'person' as const, via: 'name' as const, start: 0, end: 10, block: 1 },
    ];
    const byBlock = new Map([[1, person]]);
    const dropped = blocks.map((b, i) => (i >= 3 ? { text: '' } : b));
    expect(linkPlan(dropped, byBlock)).toEqual(linkPlan(blocks, byBlock));
    expect(linkPlan(blocks, byBlock).map((p) => p.block)).toEqual([1, 2]);
  });
});
