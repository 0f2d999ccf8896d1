import { describe, expect, it } from 'vitest';
import { SlidingWindowLimiter } from './rate-limit-window.ts';

const T0 = 1_700_000_000_000;

describe('SlidingWindowLimiter', () => {
  it('allows up to the limit per rolling minute, then refuses without counting', () => {
    const limiter = new SlidingWindowLimiter(3);
    expect([1, 2, 3].map(() => limiter.take('a', T0).count)).toEqual([1, 2, 3]);
    const refused = limiter.take('a', T0 + 500);
    expect(refused).toMatchObject({ allowed: false, count: 3, limit: 3, resetSeconds: 60 });
    expect(limiter.take('a', T0 + 10_000).count).toBe(3);
  });

  it('keeps tokens apart', () => {
    const limiter = new SlidingWindowLimiter(1);
    expect(limiter.take('a', T0).allowed).toBe(true);
    expect(limiter.take('b', T0).allowed).toBe(true);
    expect(limiter.take('a', T0).allowed).toBe(false);
  });

  it('frees room as the oldest seconds leave the window', () => {
    const limiter = new SlidingWindowLimiter(2);
    limiter.take('a', T0);
    limiter.take('a', T0 + 30_000);
    // The first request leaves at T0 + 60 s: 29.5 s from now, rounded up.
    expect(limiter.take('a', T0 + 30_500)).toMatchObject({ allowed: false, resetSeconds: 30 });
    expect(limiter.take('a', T0 + 59_999).allowed).toBe(false);
    expect(limiter.take('a', T0 + 60_000)).toMatchObject({ allowed: true, count: 2 });
  });

  it('waits for enough requests to leave, never less than one second', () => {
    const limiter = new SlidingWindowLimiter(2);
    limiter.take('a', T0);
    limiter.take('a', T0 + 59_000);
    expect(limiter.take('a', T0 + 59_999)).toMatchObject({ allowed: false, resetSeconds: 1 });
  });

  it('reports when the oldest counted request leaves while under the limit', () => {
    const limiter = new SlidingWindowLimiter(10);
    limiter.take('a', T0);
    expect(limiter.take('a', T0 + 20_000)).toMatchObject({ allowed: true, resetSeconds: 40 });
  });

  it('works with a test clock that starts at zero', () => {
    const limiter = new SlidingWindowLimiter(1);
    expect(limiter.take('a', 0).allowed).toBe(true);
    expect(limiter.take('a', 1000)).toMatchObject({ allowed: false, resetSeconds: 59 });
  });

  it('prunes tokens idle for a whole window', () => {
    const limiter = new SlidingWindowLimiter(5);
    for (let index = 0; index < 1000; index += 1) limiter.take(`token-${index}`, T0);
    expect(limiter.trackedTokens).toBe(1000);
    limiter.take('fresh', T0 + 61_000);
    expect(limiter.trackedTokens).toBe(1);
  });
});
