import { ok, operationsOf } from './contract-builders.ts';
import { OPENAPI_DOCUMENT_PATH } from './document-path.ts';
import type { OperationContract } from './operation-contract.ts';
import { operationKey } from './operation-contract.ts';
import { JOB_OPERATIONS } from './operations/jobs-operations.ts';
import { PLATFORM_OPERATIONS } from './operations/platform-operations.ts';
import { RECORD_OPERATIONS } from './operations/records-operations.ts';
import { TOOL_OPERATIONS } from './operations/tool-operations.ts';

export { OPENAPI_DOCUMENT_PATH };

const documentOperation = operationsOf('Sandbox', '')(
  'GET',
  OPENAPI_DOCUMENT_PATH,
  'getSandboxOpenapiDocument',
  'This OpenAPI 3.1 document: every operation the sandbox emulates',
  { security: 'none', response: ok(undefined, 'The OpenAPI document (JSON).') },
);

/** Every declared operation, in the order the document lists them. */
export const OPERATION_CONTRACTS: readonly OperationContract[] = [
  ...RECORD_OPERATIONS,
  ...TOOL_OPERATIONS,
  ...JOB_OPERATIONS,
  ...PLATFORM_OPERATIONS,
  documentOperation,
];

const byKey = new Map<string, OperationContract>();
for (const contract of OPERATION_CONTRACTS) {
  const key = operationKey(contract.method, contract.path);
  if (byKey.has(key)) throw new Error(`Two contracts for ${key}`);
  byKey.set(key, contract);
}

/** The contract of a Fastify route (`/contacts/:contactId`), or undefined if none is declared. */
export function contractFor(method: string, url: string): OperationContract | undefined {
  return byKey.get(operationKey(method, url));
}
