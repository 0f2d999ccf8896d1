// A page's JavaScript memory over time, through the Chrome DevTools Protocol: the page's own heap
// (Performance.getMetrics JSHeapUsedSize) plus the heap of each of its dedicated Web Workers
// (Runtime.getHeapUsage in the worker's target), sampled every few hundred ms. The worker counts:
// the Import page parses and checks the file there. performance.measureUserAgentSpecificMemory
// would cover both at once, but only on a cross-origin isolated page, which the console is not.
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

export interface MemoryPeak {
  /** The largest page + workers sum seen at one sample, in bytes. */
  peakTotal: number;
  /** The page's own heap at its largest. */
  peakPage: number;
  /** The workers' heaps (summed) at their largest. */
  peakWorkers: number;
  /** The page + workers sum at the last sample. */
  last: number;
  samples: number;
}

interface TargetMessage {
  id?: number;
  result?: { usedSize?: number };
}

/**
 * Starts sampling `page` (and the workers it starts from now on) every `everyMs`; `sofar()` gives
 * the peaks up to now, `stop()` ends it and gives them. A worker busy in a long task may answer late: its last figure stands.
 */
export async function sampleMemory(
  context: BrowserContext,
  page: Page,
  everyMs = 200,
): Promise<{ sofar: () => MemoryPeak; stop: () => Promise<MemoryPeak> }> {
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const workers = new Map<string, number>();
  const waiting = new Map<number, (message: TargetMessage) => void>();
  let nextId = 1;
  cdp.on('Target.attachedToTarget', (event) => {
    if (event.targetInfo.type === 'worker') workers.set(event.sessionId, 0);
  });
  cdp.on('Target.detachedFromTarget', (event) => {
    if (event.sessionId) workers.delete(event.sessionId);
  });
  // The worker's own protocol messages come wrapped: Playwright's session is flattened, this
  // auto-attach is not, so the bench talks to workers without touching Playwright's sessions.
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as TargetMessage;
    if (message.id !== undefined) waiting.get(message.id)?.(message);
  });
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });

  const workerHeap = async (sessionId: string): Promise<void> => {
    const id = nextId++;
    const answer = new Promise<TargetMessage>((resolve) => waiting.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
    });
    const message = await Promise.race([
      answer,
      new Promise<null>((resolve) => setTimeout(() => resolve(null), everyMs * 5)),
    ]);
    waiting.delete(id);
    const used = message?.result?.usedSize;
    if (used !== undefined && workers.has(sessionId)) workers.set(sessionId, used);
  };

  const peak: MemoryPeak = { peakTotal: 0, peakPage: 0, peakWorkers: 0, last: 0, samples: 0 };
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = Date.now();
      try {
        const [metrics] = await Promise.all([
          cdp.send('Performance.getMetrics'),
          ...[...workers.keys()].map((sessionId) => workerHeap(sessionId).catch(() => undefined)),
        ]);
        const pageHeap = metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
        const workerSum = [...workers.values()].reduce((sum, used) => sum + used, 0);
        peak.peakPage = Math.max(peak.peakPage, pageHeap);
        peak.peakWorkers = Math.max(peak.peakWorkers, workerSum);
        peak.peakTotal = Math.max(peak.peakTotal, pageHeap + workerSum);
        peak.last = pageHeap + workerSum;
        peak.samples += 1;
      } catch {
        // The page navigating or closing: the next sample tries again.
      }
      await new Promise((resolve) =>
        setTimeout(resolve, Math.max(0, everyMs - (Date.now() - started))),
      );
    }
  })();
  return {
    sofar: () => ({ ...peak }),
    stop: async () => {
      running = false;
      await loop;
      await cdp.detach().catch(() => undefined);
      return peak;
    },
  };
}
