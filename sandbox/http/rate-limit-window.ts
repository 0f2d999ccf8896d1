/**
 * Per-token sliding window over the last 60 seconds, kept as 60 one-second buckets: memory per
 * token is fixed (two small typed arrays) whatever the request rate, and tokens idle for a whole
 * window are pruned so the map cannot grow without bound.
 */
const WINDOW_SECONDS = 60;
const PRUNE_EVERY_MS = WINDOW_SECONDS * 1000;

export interface RateDecision {
  allowed: boolean;
  /** Requests counted in the current window, this one included when it was allowed. */
  count: number;
  limit: number;
  /**
   * Whole seconds (≥ 1) until the window frees room: when refused, until enough old requests have
   * left it for one more to fit (the Retry-After); when allowed, until the oldest one leaves.
   */
  resetSeconds: number;
}

interface TokenWindow {
  /** bucket i holds requests made during epoch second seconds[i]; stale slots are ignored. */
  counts: Uint32Array;
  seconds: Float64Array;
  lastSecond: number;
}

export class SlidingWindowLimiter {
  private readonly windows = new Map<string, TokenWindow>();
  private lastPruneMs = Number.NEGATIVE_INFINITY;
  readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** Counts the request if it fits; a refused request is not counted, so waiting always helps. */
  take(key: string, nowMs: number): RateDecision {
    this.pruneIdle(nowMs);
    const nowSecond = Math.floor(nowMs / 1000);
    const window = this.windowOf(key);
    window.lastSecond = Math.max(window.lastSecond, nowSecond);
    const live = liveBuckets(window, nowSecond);
    const count = live.reduce((sum, bucket) => sum + bucket.count, 0);
    if (count >= this.limit) {
      return {
        allowed: false,
        count,
        limit: this.limit,
        resetSeconds: secondsUntilRoom(live, count - this.limit + 1, nowMs),
      };
    }
    const slot = slotOf(nowSecond);
    if (window.seconds[slot] !== nowSecond) {
      window.seconds[slot] = nowSecond;
      window.counts[slot] = 0;
    }
    window.counts[slot] = (window.counts[slot] ?? 0) + 1;
    const after = count + 1;
    const oldest = live[0]?.second ?? nowSecond;
    return {
      allowed: true,
      count: after,
      limit: this.limit,
      resetSeconds: wholeSecondsUntil((oldest + WINDOW_SECONDS) * 1000, nowMs),
    };
  }

  /** How many tokens are tracked (for tests of the pruning). */
  get trackedTokens(): number {
    return this.windows.size;
  }

  private windowOf(key: string): TokenWindow {
    let window = this.windows.get(key);
    if (window === undefined) {
      window = {
        counts: new Uint32Array(WINDOW_SECONDS),
        seconds: new Float64Array(WINDOW_SECONDS).fill(-1),
        lastSecond: Number.NEGATIVE_INFINITY,
      };
      this.windows.set(key, window);
    }
    return window;
  }

  /** At most once a window: cheap enough to call on every request. */
  private pruneIdle(nowMs: number): void {
    if (nowMs - this.lastPruneMs < PRUNE_EVERY_MS) return;
    this.lastPruneMs = nowMs;
    const oldestLiveSecond = Math.floor(nowMs / 1000) - WINDOW_SECONDS + 1;
    for (const [key, window] of this.windows) {
      if (window.lastSecond < oldestLiveSecond) this.windows.delete(key);
    }
  }
}

interface LiveBucket {
  second: number;
  count: number;
}

/** Buckets still inside the window, oldest first. */
function liveBuckets(window: TokenWindow, nowSecond: number): LiveBucket[] {
  const live: LiveBucket[] = [];
  for (let second = nowSecond - WINDOW_SECONDS + 1; second <= nowSecond; second += 1) {
    const slot = slotOf(second);
    const count = window.counts[slot] ?? 0;
    if (window.seconds[slot] === second && count > 0) live.push({ second, count });
  }
  return live;
}

/** When `excess` requests will have left the window, walking from the oldest bucket. */
function secondsUntilRoom(live: readonly LiveBucket[], excess: number, nowMs: number): number {
  let freed = 0;
  for (const bucket of live) {
    freed += bucket.count;
    if (freed >= excess) return wholeSecondsUntil((bucket.second + WINDOW_SECONDS) * 1000, nowMs);
  }
  // Only reachable if the limit shrank below zero; one full window is always enough.
  return WINDOW_SECONDS;
}

/** Also right for the negative seconds of a test clock that starts at 0. */
function slotOf(second: number): number {
  return ((second % WINDOW_SECONDS) + WINDOW_SECONDS) % WINDOW_SECONDS;
}

function wholeSecondsUntil(targetMs: number, nowMs: number): number {
  return Math.max(1, Math.ceil((targetMs - nowMs) / 1000));
}
