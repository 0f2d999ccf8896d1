import { BURST_429_LENGTH } from '../config.ts';
import type { FaultSpec } from '../config.ts';
import type { Rng } from '../seed/random.ts';

/** What to do to one request; pure, so the sequence for a seed can be tested without HTTP. */
export interface FaultDecision {
  delayMs: number;
  outcome: { kind: 'pass' } | { kind: 'drop' } | { kind: 'status'; status: number };
  /** Let the handler run, then answer 503 (writes only). */
  afterWrite503: boolean;
}

export interface FaultPlanner {
  decide(request: { isWrite: boolean }): FaultDecision;
}

/**
 * Rolls, in a fixed order so a seed replays the same sequence: latency, the burst counter, one
 * roll shared by the STATUS and drop faults, then after-write-503 for writes.
 */
export function createFaultPlanner(spec: FaultSpec, rng: Rng): FaultPlanner {
  let requests = 0;
  let burstLeft = 0;
  return {
    decide({ isWrite }) {
      requests += 1;
      const delayMs = spec.latency === null ? 0 : rng.int(spec.latency.minMs, spec.latency.maxMs);
      if (spec.burst429Every !== null && requests % spec.burst429Every === 0) {
        burstLeft = BURST_429_LENGTH;
      }
      let outcome: FaultDecision['outcome'] = { kind: 'pass' };
      if (burstLeft > 0) {
        burstLeft -= 1;
        outcome = { kind: 'status', status: 429 };
      } else {
        outcome = rollOutcome(spec, rng.next());
      }
      const afterWrite503 =
        outcome.kind === 'pass' &&
        isWrite &&
        spec.afterWrite503Probability > 0 &&
        rng.chance(spec.afterWrite503Probability);
      return { delayMs, outcome, afterWrite503 };
    },
  };
}

function rollOutcome(spec: FaultSpec, roll: number): FaultDecision['outcome'] {
  let threshold = 0;
  for (const rate of spec.errorRates) {
    threshold += rate.probability;
    if (roll < threshold) return { kind: 'status', status: rate.status };
  }
  threshold += spec.dropProbability;
  return roll < threshold ? { kind: 'drop' } : { kind: 'pass' };
}
