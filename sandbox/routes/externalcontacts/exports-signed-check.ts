import type { FastifyRequest } from 'fastify';
import { checkSignature } from '../../domain/export-signed-urls.ts';
import type { SignatureCheck } from '../../domain/export-signed-urls.ts';
import { ApiProblem } from '../../errors.ts';
import { asQueryRecord, singleParam } from '../../http/query-params.ts';
import type { SandboxContext } from '../../sandbox-context.ts';

/** S3 answers a bad or stale presigned URL with 403 AccessDenied; the sandbox says which. */
function accessDenied(check: Exclude<SignatureCheck, 'valid'>): ApiProblem {
  return new ApiProblem(
    403,
    'access.denied',
    check === 'expired'
      ? 'This link has expired. Read the export or upload again for a fresh link.'
      : 'This link is not valid: its signature does not match.',
  );
}

/** Throws unless the request carries a valid, unexpired signature for its own path. */
export function assertSigned(
  context: SandboxContext,
  request: FastifyRequest,
  method: 'GET' | 'PUT',
  path: string,
): void {
  const query = asQueryRecord(request.query);
  const check = checkSignature(
    context.db,
    method,
    path,
    singleParam(query, 'expires'),
    singleParam(query, 'signature'),
    context.options.clock(),
  );
  if (check !== 'valid') throw accessDenied(check);
}
