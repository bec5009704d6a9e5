/**
 * A cache for what a page's words become (folded, stemmed): pages repeat their words, so each is worked out
 * once. Bounded on pages that never stop bringing new words (a live ticker's numbers and times): it keeps two
 * generations of at most `limit` entries each; when the newer one is full, the older one is dropped and the
 * newer one becomes the older. A word found in the older generation moves to the newer, so the words a page
 * keeps using stay cached while the rest age out — where clearing one big map at its limit let it grow to the
 * limit first (~4 MB for 50,000 words, reached after hours of a ticker) and then forgot every word at once.
 */
export class WordCache<V> {
  private newer = new Map<string, V>();
  private older = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(word: string): V | undefined {
    const v = this.newer.get(word);
    if (v !== undefined) return v;
    const old = this.older.get(word);
    if (old !== undefined) this.set(word, old);
    return old;
  }

  set(word: string, value: V): void {
    if (this.newer.size >= this.limit) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(word, value);
  }
}
