/**
 * A small seeded PRNG so demo data and injected faults are reproducible: the same seed gives the
 * same contacts and the same failure sequence, which is what tests and bug reports need.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: 32 bits of state, fast, good enough spread for test data (not for secrets). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick() needs a non-empty list');
      return item;
    },
  };
}

/** Picks a key by weight, e.g. `{ Curated: 60, Identified: 25, Ephemeral: 15 }`. */
const weightTables = new WeakMap<object, { entries: [string, number][]; total: number }>();

export function weighted<K extends string>(rng: Rng, weights: Readonly<Record<K, number>>): K {
  // Weight tables are module constants: build each one's entry list once, not per pick.
  let table = weightTables.get(weights);
  if (table === undefined) {
    const list = Object.entries<number>(weights);
    table = { entries: list, total: list.reduce((sum, [, weight]) => sum + weight, 0) };
    weightTables.set(weights, table);
  }
  const entries = table.entries as [K, number][];
  const total = table.total;
  let roll = rng.next() * total;
  for (const [key, weight] of entries) {
    roll -= weight;
    if (roll < 0) return key;
  }
  const last = entries[entries.length - 1];
  if (last === undefined) throw new Error('weighted() needs at least one weight');
  return last[0];
}

/** A random 32-bit seed for when none was asked for. */
export function randomSeed(): number {
  return Math.floor(Math.random() * 4_294_967_296);
}
