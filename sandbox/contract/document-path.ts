/** Where the sandbox serves its OpenAPI document (outside the bearer check and the faults). */
export const OPENAPI_DOCUMENT_PATH = '/api/v2/docs/openapi.json';
