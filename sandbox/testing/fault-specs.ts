import type { FaultSpec } from '../config.ts';

/** A fault spec that injects nothing: tests spread it and set the one fault they exercise. */
export const NO_FAULTS: FaultSpec = {
  errorRates: [],
  latency: null,
  dropProbability: 0,
  burst429Every: null,
  afterWrite503Probability: 0,
};
