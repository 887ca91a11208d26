/** Fixed-window counter per key, in memory of this node (a limit per node, stated in the docs). */
export class RateLimiter {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Counts one hit; returns seconds to wait when over the limit, 0 when allowed. */
  hit(key: string, now = Date.now()): number {
    const entry = this.hits.get(key);
    if (!entry || entry.resetAt <= now) {
      if (this.hits.size > 50_000) {
        this.sweep(now);
      }
      this.hits.set(key, { count: 1, resetAt: now + this.windowMs });
      return 0;
    }
    entry.count += 1;
    return entry.count > this.limit ? Math.ceil((entry.resetAt - now) / 1000) : 0;
  }

  private sweep(now: number): void {
    for (const [k, v] of this.hits) {
      if (v.resetAt <= now) {
        this.hits.delete(k);
      }
    }
  }
}
