import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { GuxButtonSlot, GuxInlineAlert } from 'genesys-spark-components-react';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import { permittedDivisionsQueryOptions } from '@/features/divisions';
import { NotAllowed } from '@/ui/not-allowed';
import { PageHeader } from '@/ui/page-header';
import { QueryError } from '@/ui/query-error';
import { mergeCandidatesQueryOptions } from './api';
import { ContactPicker } from './contact-picker';
import { MergeForm } from './merge-form';
import { MERGE_DIVISION_PERMISSION, MERGE_PERMISSIONS } from './merge-permissions';
import { MAX_MERGE_CONTACTS, mergeIds } from './merge-search';
import { blocksMerge, mergeWarnings, type CandidateState } from './merge-warnings';
import './merge.css';

const routeApi = getRouteApi('/_app/contacts/merge');
const backLink = <Link to="/contacts">Back to all contacts</Link>;

/** The merge screen: the chosen contacts side by side, what stands in the way, then the choices. */
export function MergePage() {
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const { api } = useServices();
  const { can } = usePermissions();
  const ids = mergeIds(search);
  const allowed = can(...MERGE_PERMISSIONS);
  const candidates = useQuery({
    ...mergeCandidatesQueryOptions(api, ids),
    enabled: allowed && ids.length > 0,
  });
  const divisions = useQuery({
    ...permittedDivisionsQueryOptions(api, MERGE_DIVISION_PERMISSION),
    enabled: allowed,
  });
  if (!allowed) return <NotAllowed action="merge contacts" back={backLink} />;

  const setIds = (next: string[]) =>
    void navigate({ search: { ids: next.length > 0 ? next : undefined } });
  const remove = (removed: readonly string[]) => setIds(ids.filter((id) => !removed.includes(id)));
  // The contact an ancestor was merged into may be in the merge already: keep it once.
  const replace = (replacements: Record<string, string>) =>
    setIds([...new Set(ids.map((id) => replacements[id] ?? id))]);

  const divisionName = (id: string) =>
    divisions.data?.find((division) => division.id === id)?.name ?? id;
  const states: CandidateState[] = ids.length === 0 ? [] : (candidates.data ?? []);
  const warnings =
    candidates.isSuccess || ids.length === 0 ? mergeWarnings(states, divisionName) : [];
  const blocked = blocksMerge(warnings);

  return (
    <div className="page merge-page">
      <PageHeader title="Merge contacts">
        <p className="muted">
          <Link to="/contacts">All contacts</Link> · Merging makes one new contact from 2 to{' '}
          {MAX_MERGE_CONTACTS} contacts; you choose which value it keeps where they differ.
        </p>
      </PageHeader>
      <div className="merge-toolbar">
        <ContactPicker
          label="Add a contact to the merge"
          excludeIds={ids}
          onPick={(contact) => setIds([...ids, contact.id])}
        />
      </div>
      {warnings.length > 0 ? (
        <ul className="merge-warnings" aria-label="Before merging">
          {warnings.map((warning) => (
            <li key={`${warning.kind}-${warning.contactIds.join(',')}`}>
              <GuxInlineAlert accent={warning.severity === 'error' ? 'error' : 'warning'}>
                {/* Spark's inline alert is itself the live region (role="alert"). */}
                <div>
                  {warning.message}{' '}
                  {warning.replaceWith ? (
                    <>
                      <GuxButtonSlot accent="inline">
                        <button type="button" onClick={() => replace(warning.replaceWith ?? {})}>
                          Merge the contact it became instead
                        </button>
                      </GuxButtonSlot>{' '}
                      or{' '}
                    </>
                  ) : null}
                  {warning.contactIds.length > 0 ? (
                    <GuxButtonSlot accent="inline">
                      <button type="button" onClick={() => remove(warning.contactIds)}>
                        {warning.replaceWith ? 'remove' : 'Remove'}{' '}
                        {warning.contactIds.length === 1 ? 'it' : 'them'} from the merge
                      </button>
                    </GuxButtonSlot>
                  ) : null}
                </div>
              </GuxInlineAlert>
            </li>
          ))}
        </ul>
      ) : null}
      {ids.length === 0 ? null : candidates.isPending ? (
        <p role="status">Loading the contacts…</p>
      ) : candidates.isError ? (
        <QueryError
          error={candidates.error}
          title="The contacts could not be loaded."
          onRetry={() => void candidates.refetch()}
        />
      ) : (
        <MergeForm
          // New contacts mean new defaults: the choices start again from what the API would keep.
          key={ids.join(',')}
          candidates={states}
          blocked={blocked}
          divisionName={divisionName}
          onRemove={(id) => remove([id])}
        />
      )}
    </div>
  );
}
