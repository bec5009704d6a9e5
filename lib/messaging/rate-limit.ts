/**
 * A per-key rate limit (a token bucket per key): at most `burst` actions at once, refilled at one every
 * `everyMs`. The background uses it for what a content script may ask on a reader's behalf — opening the search
 * page — so a page that drives our content script cannot open tab after tab. Clock injected, no timers: a key's
 * bucket is refilled lazily when it is next asked.
 */
export interface RateLimitOptions {
  /** Actions allowed back to back. */
  burst: number;
  /** One more action is allowed every `everyMs` milliseconds, up to `burst`. */
  everyMs: number;
  now(): number;
  /** Buckets kept at most; the oldest is forgotten first (keys are tab ids, which come and go). */
  maxKeys?: number;
}

export class RateLimit<K> {
  private readonly buckets = new Map<K, { tokens: number; at: number }>();

  constructor(private readonly opts: RateLimitOptions) {}

  /** Takes one action for `key`: true if allowed now, false if the key is over its limit. */
  take(key: K): boolean {
    const { burst, everyMs, now, maxKeys = 1000 } = this.opts;
    const t = now();
    const b = this.buckets.get(key) ?? { tokens: burst, at: t };
    const refilled = Math.min(burst, b.tokens + Math.max(0, t - b.at) / everyMs);
    const allowed = refilled >= 1;
    this.buckets.delete(key); // re-inserted last: Map order is the forgetting order
    this.buckets.set(key, { tokens: allowed ? refilled - 1 : refilled, at: t });
    if (this.buckets.size > maxKeys) {
      const oldest = this.buckets.keys().next();
      if (!oldest.done) this.buckets.delete(oldest.value);
    }
    return allowed;
  }
}
