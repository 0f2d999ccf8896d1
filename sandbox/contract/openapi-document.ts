import { z } from 'zod';
import type { EmulatedRoute } from './register-contracts.ts';
import type { OperationContract, QueryParamContract } from './operation-contract.ts';
import { errorBodyView } from './response-schemas.ts';

/**
 * The OpenAPI 3.1 document of what the sandbox serves, built from the routes the app actually
 * registered and their declared contracts. A route without a contract is still listed (path,
 * method, path parameters and the error responses), so the document never hides an endpoint.
 */

type Json = Record<string, unknown>;

const ERROR_STATUSES = ['400', '401', '403', '404', '429', '500'] as const;
const ERROR_DESCRIPTIONS: Record<(typeof ERROR_STATUSES)[number], string> = {
  '400': 'The request is not valid; details name the fields.',
  '401': 'No valid bearer token.',
  '403': 'The token lacks a permission the operation needs.',
  '404': 'No such resource.',
  '429': 'Rate limited; wait Retry-After seconds.',
  '500': 'Unexpected error.',
};

/** Collects component schemas: each converted schema's $defs move into components. */
class SchemaCollector {
  readonly components: Record<string, unknown> = {};
  private anonymous = 0;

  convert(schema: z.core.$ZodType, io: 'input' | 'output'): Json {
    const json = z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io,
      unrepresentable: 'any',
      // Shared pieces of the write models have no id; inline them rather than invent names.
      reused: 'inline',
    }) as Json;
    delete json.$schema;
    const defs = (json.$defs ?? {}) as Record<string, unknown>;
    delete json.$defs;
    const renamed = new Map<string, string>();
    for (const name of Object.keys(defs)) {
      const target = name.startsWith('__') ? `Schema${++this.anonymous}` : name;
      renamed.set(name, io === 'input' && !name.startsWith('__') ? `${target}Input` : target);
    }
    const rewrite = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(rewrite);
      if (typeof value !== 'object' || value === null) return value;
      const out: Json = {};
      for (const [key, inner] of Object.entries(value)) {
        if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/$defs/')) {
          const name = inner.slice('#/$defs/'.length);
          out.$ref = `#/components/schemas/${renamed.get(name) ?? name}`;
        } else if (key === '$ref' && inner === '#') {
          out.$ref = '#/components/schemas/Self';
        } else {
          out[key] = rewrite(inner);
        }
      }
      return out;
    };
    for (const [name, def] of Object.entries(defs)) {
      const target = renamed.get(name) ?? name;
      if (!(target in this.components)) this.components[target] = rewrite(def);
    }
    return rewrite(json) as Json;
  }
}

function queryParameter(param: QueryParamContract): Json {
  let schema: Json;
  switch (param.kind) {
    case 'integer':
      schema = { type: 'integer', minimum: param.minimum ?? 0 };
      if (param.maximum !== undefined) schema.maximum = param.maximum;
      break;
    case 'boolean':
      schema = { type: 'boolean' };
      break;
    case 'list': {
      const items: Json = { type: 'string' };
      if (param.values !== undefined) items.enum = [...param.values];
      schema = { type: 'array', items };
      if (param.maxItems !== undefined) schema.maxItems = param.maxItems;
      break;
    }
    default:
      schema = { type: 'string' };
      if (param.values !== undefined) schema.enum = [...param.values];
  }
  if (param.default !== undefined) schema.default = param.default;
  const parameter: Json = {
    name: param.name,
    in: 'query',
    description:
      param.kind === 'list'
        ? `${param.description} Repeat the parameter or separate values with commas.`
        : param.description,
    required: param.required === true,
    schema,
  };
  if (param.kind === 'list') {
    parameter.style = 'form';
    parameter.explode = true;
  }
  return parameter;
}

function pathParameters(path: string): Json[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((match) => ({
    name: match[1],
    in: 'path',
    required: true,
    schema: { type: 'string', maxLength: 100 },
  }));
}

/** `/contacts/:id` → `/contacts/{id}` for routes without a contract. */
function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** `getOrgauthorizationTrustors` from GET /api/v2/orgauthorization/trustors, Genesys-style. */
export function derivedOperationId(method: string, path: string): string {
  const segments = path
    .replace(/^\/api\/v2\//, '')
    .split('/')
    .filter((segment) => segment !== '' && !segment.startsWith(':') && !segment.startsWith('{'));
  const words = segments.map((segment) => segment.replace(/[^A-Za-z0-9]/g, ''));
  // An item route names one thing: GET /trustors/{id} is getOrgauthorizationTrustor.
  const last = words.length - 1;
  if (/[:{][^/]*$/.test(path) && words[last]?.endsWith('s') === true) {
    words[last] = words[last].slice(0, -1);
  }
  return `${method.toLowerCase()}${words.map((w) => `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`).join('')}`;
}

function errorResponses(): Json {
  const responses: Json = {};
  for (const status of ERROR_STATUSES) {
    responses[status] = {
      description: ERROR_DESCRIPTIONS[status],
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
    };
  }
  return responses;
}

function contractOperation(contract: OperationContract, schemas: SchemaCollector): Json {
  const operation: Json = {
    operationId: contract.operationId,
    summary: contract.summary,
    tags: [contract.tag],
    parameters: [...pathParameters(contract.path), ...contract.query.map(queryParameter)],
  };
  if (contract.deprecated === true) operation.deprecated = true;
  if (contract.security === 'bearer') operation.security = [{ bearer: [] }];
  else operation.security = [];
  if (contract.body !== undefined) {
    operation.requestBody = {
      required: contract.body.required,
      content: {
        [contract.body.contentType ?? 'application/json']: {
          schema: schemas.convert(contract.body.schema, 'input'),
        },
      },
    };
  }
  const { response } = contract;
  const success: Json = { description: response.description };
  if (response.schema !== undefined) {
    success.content = {
      [response.contentType ?? 'application/json']: {
        schema: schemas.convert(response.schema, 'output'),
      },
    };
  } else if (response.contentType !== undefined) {
    success.content = { [response.contentType]: { schema: { type: 'string' } } };
  }
  operation.responses = {
    [String(response.status)]: success,
    ...(contract.security === 'bearer' ? errorResponses() : {}),
  };
  return operation;
}

function undeclaredOperation(route: EmulatedRoute): Json {
  const path = openApiPath(route.url);
  return {
    operationId: derivedOperationId(route.method, route.url),
    summary: `${route.method} ${path} (no declared contract yet)`,
    tags: ['Undeclared'],
    parameters: pathParameters(path),
    security: route.url.startsWith('/api/v2/') ? [{ bearer: [] }] : [],
    responses: { '200': { description: 'Success.' }, ...errorResponses() },
  };
}

export interface DocumentOptions {
  /** Where the document is served from, so tools send requests back to the same sandbox. */
  serverUrl?: string;
}

export function buildOpenApiDocument(
  routes: readonly EmulatedRoute[],
  options: DocumentOptions = {},
): Json {
  const schemas = new SchemaCollector();
  const paths: Record<string, Json> = {};
  const tags = new Set<string>();
  for (const route of routes) {
    const path = route.contract?.path ?? openApiPath(route.url);
    const item = (paths[path] ??= {});
    const operation =
      route.contract === undefined
        ? undeclaredOperation(route)
        : contractOperation(route.contract, schemas);
    for (const tag of operation.tags as string[]) tags.add(tag);
    item[route.method.toLowerCase()] = operation;
  }
  schemas.components.ErrorBody = schemas.convert(errorBodyView, 'output');
  return {
    openapi: '3.1.0',
    info: {
      title: 'Genesys Cloud External Contacts sandbox',
      version: '1.0.0',
      description:
        'The Genesys Cloud API as the local sandbox emulates it: same paths, operationIds, shapes, limits and error bodies. Sign in at /oauth/authorize (implicit grant) or POST /oauth/token (client credentials) and send the token as a bearer token.',
    },
    servers: [{ url: options.serverUrl ?? '/' }],
    tags: [...tags].sort().map((name) => ({ name })),
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components: {
      schemas: schemas.components,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'An access token from /oauth/authorize or /oauth/token.',
        },
      },
    },
  };
}
