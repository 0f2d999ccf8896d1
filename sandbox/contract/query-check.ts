import { invalidField } from '../errors.ts';
import type { QueryRecord } from '../http/query-params.ts';
import { listParam, singleParam } from '../http/query-params.ts';
import type { QueryParamContract } from './operation-contract.ts';

/**
 * Checks a query string against the declared parameters before the handler reads it, in the
 * words the handlers use ("limit must be a whole number from 10 to 200."), so a caller sees the
 * same 400 whichever of the two catches a value. Only what the declaration states is checked;
 * the handlers keep their own finer rules (paging windows, sort fields, expand values). Unknown
 * parameters are ignored, as Genesys ignores them. An empty value means "not given".
 */
export function checkQuery(params: readonly QueryParamContract[], query: QueryRecord): void {
  for (const param of params) {
    // Repeats of a single-valued parameter are ignored, as the handlers (and Genesys) do.
    const first = singleParam(query, param.name) ?? '';
    if (first.trim() === '') {
      if (param.required === true) throw invalidField(param.name, `${param.name} is required.`);
      continue;
    }
    checkValue(param, first, query);
  }
}

function checkValue(param: QueryParamContract, first: string, query: QueryRecord): void {
  const { name } = param;
  switch (param.kind) {
    case 'integer': {
      const minimum = param.minimum ?? 0;
      const number = /^\d{1,15}$/.test(first) ? Number(first) : NaN;
      const outside =
        !Number.isSafeInteger(number) ||
        number < minimum ||
        (param.maximum !== undefined && number > param.maximum);
      if (outside) {
        throw invalidField(
          name,
          param.maximum === undefined
            ? `${name} must be a whole number of at least ${minimum}.`
            : `${name} must be a whole number from ${minimum} to ${param.maximum}.`,
        );
      }
      return;
    }
    case 'boolean':
      if (first !== 'true' && first !== 'false') {
        throw invalidField(name, `${name} must be true or false.`);
      }
      return;
    case 'string': {
      const values = param.values;
      if (values !== undefined && !values.some((v) => v.toLowerCase() === first.toLowerCase())) {
        const allowed = values.length === 2 ? values.join(' or ') : `one of ${values.join(', ')}`;
        throw invalidField(name, `${name} must be ${allowed}.`);
      }
      return;
    }
    case 'list': {
      if (param.maxItems !== undefined && listParam(query, name).length > param.maxItems) {
        throw invalidField(name, `${name} holds at most ${param.maxItems} ids.`);
      }
      return;
    }
  }
}
