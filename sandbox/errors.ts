import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorBody, ErrorDetail } from '../src/models/error-body.ts';

/**
 * The one place Genesys-shaped errors come from. Route code throws an ApiProblem; the handlers
 * registered by registerErrorHandling turn it (and anything Fastify or a bug throws) into the
 * ErrorBody Genesys sends, with the request's correlation id as contextId and never a stack.
 */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageParams: Readonly<Record<string, string>> | undefined;
  /** Genesys's template form of the message, with {param} placeholders. */
  readonly messageWithParams: string | undefined;
  readonly details: readonly ErrorDetail[];
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: number,
    code: string,
    message: string,
    extra: {
      messageParams?: Record<string, string>;
      messageWithParams?: string;
      details?: readonly ErrorDetail[];
      headers?: Record<string, string>;
    } = {},
  ) {
    super(message);
    this.name = 'ApiProblem';
    this.status = status;
    this.code = code;
    this.messageParams = extra.messageParams;
    this.messageWithParams = extra.messageWithParams;
    this.details = extra.details ?? [];
    this.headers = extra.headers ?? {};
  }
}

// Messages follow the ones real orgs return (collected in gildas/go-gcloudcx error.go).
export const MALFORMED_SYNTAX_MESSAGE =
  'The request could not be understood by the server due to malformed syntax.';

export function badRequest(
  message: string = MALFORMED_SYNTAX_MESSAGE,
  details: readonly ErrorDetail[] = [],
): ApiProblem {
  return new ApiProblem(400, 'bad.request', message, { details });
}

/** A 400 about one field, the shape the console maps onto form fields. */
export function invalidField(fieldName: string, message: string): ApiProblem {
  return badRequest(message, [{ fieldName }]);
}

export function notFound(
  message = 'The requested resource was not found.',
  details: readonly ErrorDetail[] = [],
): ApiProblem {
  return new ApiProblem(404, 'not.found', message, { details });
}

export type UnauthorizedReason =
  'authentication.required' | 'bad.credentials' | 'credentials.expired';

const UNAUTHORIZED_MESSAGES: Record<UnauthorizedReason, string> = {
  'authentication.required': 'No authentication bearer token specified in authorization header.',
  'bad.credentials': 'Invalid login credentials.',
  'credentials.expired': 'The supplied credentials are expired and cannot be used.',
};

export function unauthorized(reason: UnauthorizedReason): ApiProblem {
  return new ApiProblem(401, reason, UNAUTHORIZED_MESSAGES[reason]);
}

export function missingAnyPermissions(permissions: readonly string[]): ApiProblem {
  const template =
    'Unable to perform the requested action. You must have at least one of the following permissions assigned: {permissions}';
  return permissionProblem('missing.any.permissions', template, permissions);
}

export function missingPermissions(permissions: readonly string[]): ApiProblem {
  const template =
    'Unable to perform the requested action. You are missing the following permission(s): {permissions}';
  return permissionProblem('missing.permissions', template, permissions);
}

function permissionProblem(
  code: string,
  template: string,
  permissions: readonly string[],
): ApiProblem {
  const list = permissions.join(', ');
  return new ApiProblem(403, code, template.replace('{permissions}', list), {
    messageParams: { permissions: list },
    messageWithParams: template,
  });
}

/** `cors.origin.not.allowed` is the sandbox's own code: Genesys documents none for this case. */
export function corsOriginNotAllowed(origin: string): ApiProblem {
  return new ApiProblem(
    403,
    'cors.origin.not.allowed',
    `The origin ${origin} is not allowed to call this API. Start the sandbox with --allowed-origin ${origin} to allow it.`,
  );
}

export function unsupportedMediaType(): ApiProblem {
  return new ApiProblem(
    415,
    'unsupported.media.type',
    'Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.',
  );
}

/** Genesys documents 413 ("over the size limit") but no code string; `payload.too.large` is ours. */
export function payloadTooLarge(): ApiProblem {
  return new ApiProblem(
    413,
    'payload.too.large',
    'The request is over the size limit. Send a smaller body.',
  );
}

export function internalServerError(): ApiProblem {
  return new ApiProblem(
    500,
    'internal.server.error',
    'The server encountered an unexpected condition which prevented it from fulfilling the request.',
  );
}

export function errorBody(problem: ApiProblem, contextId: string): ErrorBody {
  const body: ErrorBody = {
    message: problem.message,
    code: problem.code,
    status: problem.status,
    contextId,
    details: problem.details.map((detail) => ({ ...detail })),
  };
  if (problem.messageParams !== undefined) body.messageParams = { ...problem.messageParams };
  if (problem.messageWithParams !== undefined) body.messageWithParams = problem.messageWithParams;
  return body;
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: ApiProblem,
): FastifyReply {
  return reply
    .code(problem.status)
    .headers(problem.headers)
    .type('application/json; charset=utf-8')
    .send(errorBody(problem, request.id));
}

interface HttpLikeError {
  code?: unknown;
  statusCode?: unknown;
  message?: unknown;
  validation?: unknown;
}

/** Fastify schema failures (ajv) list `instancePath` like `/query/0/type`; Genesys says `query.0.type`. */
function validationDetails(validation: unknown): ErrorDetail[] {
  if (!Array.isArray(validation)) return [];
  return validation.flatMap((issue: unknown) => {
    if (typeof issue !== 'object' || issue === null) return [];
    const path =
      'instancePath' in issue && typeof issue.instancePath === 'string' ? issue.instancePath : '';
    const params = 'params' in issue && typeof issue.params === 'object' ? issue.params : null;
    const missing =
      params !== null && 'missingProperty' in params && typeof params.missingProperty === 'string'
        ? params.missingProperty
        : '';
    const fieldName = [...path.split('/').filter((part) => part !== ''), missing]
      .filter((part) => part !== '')
      .join('.');
    const keyword = 'keyword' in issue ? issue.keyword : undefined;
    const errorCode =
      keyword === 'required'
        ? 'missing.property'
        : keyword === 'additionalProperties'
          ? 'invalid.property'
          : 'invalid.value';
    return fieldName === '' ? [] : [{ errorCode, fieldName }];
  });
}

function isHttpLikeError(error: unknown): error is HttpLikeError {
  return typeof error === 'object' && error !== null;
}

/** Maps anything thrown to the problem we answer with; unknown errors become a bare 500. */
export function toApiProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  if (!isHttpLikeError(error)) return internalServerError();
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return unsupportedMediaType();
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return payloadTooLarge();
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return badRequest('The request body is not valid JSON.');
    case 'FST_ERR_VALIDATION': {
      // ajv's wording ("body/x must be string") names its own paths; the details name the fields.
      const details = validationDetails(error.validation);
      const fields = details.map((detail) => detail.fieldName).join(', ');
      return badRequest(
        fields === '' ? MALFORMED_SYNTAX_MESSAGE : `Invalid value for: ${fields}.`,
        details,
      );
    }
    default:
      break;
  }
  const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status === 404) return notFound();
  if (status === 413) return payloadTooLarge();
  if (status === 415) return unsupportedMediaType();
  // Fastify's own 4xx messages (bad content length, bad URL…) are safe but not Genesys-worded.
  if (status >= 400 && status < 500) return badRequest();
  return internalServerError();
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/**
 * Every request body the API takes is an object, so `null`, arrays and bare values are refused
 * here rather than read as "no fields" (a `null` PUT would otherwise wipe the record).
 */
function bodyNotAnObject(value: unknown): ApiProblem {
  return badRequest(`The request body must be a JSON object, not ${jsonKind(value)}.`, [
    { errorCode: 'invalid.value', fieldName: 'body' },
  ]);
}

/**
 * JSON is the only body the API parses. An empty body with a JSON content type is accepted as
 * "no body" because SDKs send `Content-Type: application/json` on DELETE requests too.
 */
function registerJsonBodyParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    parseJson(request, text, (error, parsed: unknown) => {
      if (error !== null) done(error, undefined);
      else if (!isJsonObject(parsed)) done(bodyNotAnObject(parsed), undefined);
      else done(null, parsed);
    });
  });
}

export function registerErrorHandling(app: FastifyInstance): void {
  registerJsonBodyParser(app);
  app.setErrorHandler((error: unknown, request, reply) => {
    const problem = toApiProblem(error);
    if (problem.status >= 500) request.log.error({ err: error }, 'unexpected error');
    return sendProblem(request, reply, problem);
  });
  app.setNotFoundHandler((request, reply) => sendProblem(request, reply, notFound()));
}
