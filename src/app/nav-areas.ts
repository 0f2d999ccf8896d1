import { allows, ROUTE_GUARDS, type GuardedRouteId } from './route-guards';

/** A link of the main navigation and the page whose guard decides whether it is offered. */
export interface NavArea {
  label: string;
  to:
    | '/contacts'
    | '/organizations'
    | '/notes'
    | '/relationships'
    | '/lookup'
    | '/duplicates'
    | '/import'
    | '/export'
    | '/schemas'
    | '/external-sources'
    | '/enrich';
  guard: GuardedRouteId;
}

export const NAV_AREAS: readonly NavArea[] = [
  { label: 'Contacts', to: '/contacts', guard: '/_app/contacts/' },
  { label: 'Organizations', to: '/organizations', guard: '/_app/organizations/' },
  { label: 'Notes', to: '/notes', guard: '/_app/notes/' },
  { label: 'Relationships', to: '/relationships', guard: '/_app/relationships/' },
  { label: 'Lookup', to: '/lookup', guard: '/_app/lookup/' },
  { label: 'Duplicates', to: '/duplicates', guard: '/_app/duplicates' },
  { label: 'Import', to: '/import', guard: '/_app/import' },
  { label: 'Enrich', to: '/enrich', guard: '/_app/enrich' },
  { label: 'Export', to: '/export', guard: '/_app/export' },
  { label: 'Schemas', to: '/schemas', guard: '/_app/schemas/' },
  { label: 'External sources', to: '/external-sources', guard: '/_app/external-sources/' },
];

/** Only the areas the user may use: a link to a "You cannot …" page helps no one. */
export function visibleNavAreas(granted: readonly string[]): readonly NavArea[] {
  return NAV_AREAS.filter((area) => allows(granted, ROUTE_GUARDS[area.guard]));
}
