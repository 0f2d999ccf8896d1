import { describe, expect, it } from 'vitest';
import type { FaultSpec } from '../config.ts';
import { NO_FAULTS } from '../testing/fault-specs.ts';
import { createRng } from '../seed/random.ts';
import { createFaultPlanner } from './faults-plan.ts';

function outcomes(spec: FaultSpec, seed: number, count: number, isWrite = false): string[] {
  const planner = createFaultPlanner(spec, createRng(seed));
  return Array.from({ length: count }, () => {
    const { outcome, afterWrite503 } = planner.decide({ isWrite });
    if (afterWrite503) return 'after-write-503';
    return outcome.kind === 'status' ? String(outcome.status) : outcome.kind;
  });
}

describe('createFaultPlanner', () => {
  it('replays the same sequence for the same seed', () => {
    const spec = {
      ...NO_FAULTS,
      errorRates: [{ status: 503, probability: 0.3 }],
      dropProbability: 0.1,
    };
    expect(outcomes(spec, 42, 200)).toEqual(outcomes(spec, 42, 200));
    expect(outcomes(spec, 42, 200)).not.toEqual(outcomes(spec, 43, 200));
  });

  it('injects each fault at about its probability', () => {
    const spec = {
      ...NO_FAULTS,
      errorRates: [
        { status: 503, probability: 0.2 },
        { status: 504, probability: 0.1 },
      ],
      dropProbability: 0.05,
    };
    const seen = outcomes(spec, 7, 20_000);
    const share = (kind: string) => seen.filter((item) => item === kind).length / seen.length;
    expect(share('503')).toBeCloseTo(0.2, 1);
    expect(share('504')).toBeCloseTo(0.1, 1);
    expect(share('drop')).toBeCloseTo(0.05, 1);
    expect(share('pass')).toBeCloseTo(0.65, 1);
  });

  it('starts a burst of five 429s on every Nth request', () => {
    const seen = outcomes({ ...NO_FAULTS, burst429Every: 10 }, 1, 25);
    const burstAt = seen.flatMap((item, index) => (item === '429' ? [index + 1] : []));
    expect(burstAt).toEqual([10, 11, 12, 13, 14, 20, 21, 22, 23, 24]);
  });

  it('only answers writes with after-write-503', () => {
    const spec = { ...NO_FAULTS, afterWrite503Probability: 1 };
    expect(outcomes(spec, 1, 3, false)).toEqual(['pass', 'pass', 'pass']);
    expect(outcomes(spec, 1, 3, true)).toEqual(Array(3).fill('after-write-503'));
  });

  it('draws latency inside the range', () => {
    const planner = createFaultPlanner(
      { ...NO_FAULTS, latency: { minMs: 5, maxMs: 9 } },
      createRng(3),
    );
    const delays = Array.from({ length: 500 }, () => planner.decide({ isWrite: false }).delayMs);
    expect(Math.min(...delays)).toBe(5);
    expect(Math.max(...delays)).toBe(9);
  });
});
