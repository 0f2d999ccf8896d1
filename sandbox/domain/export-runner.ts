/**
 * Background work in small steps on the event loop, so a long export or import never blocks API
 * requests: each step does one chunk and says whether more is left. `poke` (re)starts the loop;
 * `stop` is called when the server closes so no timer outlives it.
 */
export interface BackgroundWork {
  poke(): void;
  stop(): void;
  /** Resolves when no step is pending (tests and shutdown). */
  idle(): Promise<void>;
}

export interface BackgroundWorkOptions {
  /** One chunk of work; true when more is left. */
  step: () => boolean;
  /** Before the first step after a poke: keeps a new job observably RUNNING for a moment. */
  startDelayMs: number;
  /** Between steps: leaves room for requests. */
  stepDelayMs: number;
  onError: (error: unknown) => void;
}

export function createBackgroundWork(options: BackgroundWorkOptions): BackgroundWork {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let waiters: (() => void)[] = [];

  const settle = () => {
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  };

  const schedule = (delay: number) => {
    timer = setTimeout(run, delay);
    // Pending work must not keep a finished process (a test run, a CLI) alive.
    timer.unref();
  };

  function run(): void {
    timer = null;
    if (stopped) return settle();
    let more = false;
    try {
      more = options.step();
    } catch (error) {
      options.onError(error);
    }
    if (more && !stopped) schedule(options.stepDelayMs);
    else settle();
  }

  return {
    poke() {
      if (stopped || timer !== null) return;
      schedule(options.startDelayMs);
    },
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      settle();
    },
    idle() {
      if (timer === null) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
  };
}
