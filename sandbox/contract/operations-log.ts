import { appendFileSync } from 'node:fs';
import type { onResponseAsyncHookHandler } from 'fastify';

/**
 * With SANDBOX_OPERATIONS_LOG=<file>, each Genesys operation the sandbox answers is appended to
 * that file once (its operationId, one a line), as it is first called: how a suite's coverage of
 * the API is measured (`npm run test:e2e` with it set, then count the lines). Written at once,
 * since the e2e sandbox is stopped with a signal.
 */
export function operationsLogHook(
  file = process.env.SANDBOX_OPERATIONS_LOG,
): ((operationId: string) => onResponseAsyncHookHandler) | undefined {
  if (!file) return undefined;
  const seen = new Set<string>();
  return (operationId) => async () => {
    if (seen.has(operationId)) return;
    seen.add(operationId);
    appendFileSync(file, `${operationId}\n`);
  };
}
