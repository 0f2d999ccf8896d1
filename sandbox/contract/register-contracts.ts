import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import { asQueryRecord } from '../http/query-params.ts';
import type { HttpMethod, OperationContract } from './operation-contract.ts';
import { operationsLogHook } from './operations-log.ts';
import { checkQuery } from './query-check.ts';
import { contractFor } from './registry.ts';
import { responseSerialiser, strictResponsesByDefault } from './response-serialisation.ts';
import type { ResponseSerialisationOptions } from './response-serialisation.ts';

/** A route as the app registered it, with the contract it was matched to (if any). */
export interface EmulatedRoute {
  method: HttpMethod;
  /** Fastify's form: `/api/v2/externalcontacts/contacts/:contactId`. */
  url: string;
  contract: OperationContract | undefined;
}

const DOCUMENTED_METHODS = new Set<string>(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

function isDocumentedMethod(method: string): method is HttpMethod {
  return DOCUMENTED_METHODS.has(method);
}

function asList<Handler>(handlers: Handler | readonly Handler[] | undefined): Handler[] {
  if (handlers === undefined) return [];
  return Array.isArray(handlers) ? [...(handlers as Handler[])] : [handlers as Handler];
}

/**
 * Matches every route to its declared contract as it is added (onRoute), so the document lists
 * exactly what the app serves, routes added later by other modules included. API routes with
 * declared query parameters get the contract check as their last preHandler: after the bearer
 * and permission checks, so a caller without rights still learns that first. Operations with a
 * declared response schema have their 2xx answers parsed with it (./response-serialisation.ts).
 */
export function registerContracts(
  app: FastifyInstance,
  serialisation: ResponseSerialisationOptions = { strict: strictResponsesByDefault() },
): readonly EmulatedRoute[] {
  const routes: EmulatedRoute[] = [];
  const logOperation = operationsLogHook();
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (!isDocumentedMethod(method)) continue;
      const contract = contractFor(method, route.url);
      routes.push({ method, url: route.url, contract });
      if (contract === undefined) continue;
      if (logOperation) {
        route.onResponse = [...asList(route.onResponse), logOperation(contract.operationId)];
      }
      const serialiser = responseSerialiser(contract, serialisation);
      if (serialiser !== undefined) {
        route.preSerialization = [...asList(route.preSerialization), serialiser];
      }
      if (contract.security !== 'bearer') continue;
      if (contract.query.length === 0) continue;
      const params = contract.query;
      const check: preHandlerAsyncHookHandler = async (request) => {
        checkQuery(params, asQueryRecord(request.query));
      };
      route.preHandler = [...asList(route.preHandler), check];
    }
  });
  return routes;
}
