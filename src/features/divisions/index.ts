/** What other features use of divisions: the filters and the divisions a user may work in. */
export { permittedDivisionsQueryOptions, type Division } from './api';
export { DivisionFilter } from './division-filter';
export { DivisionSelect } from './division-select';
export { DivisionsLoadError } from './divisions-load-error';
