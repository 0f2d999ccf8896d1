import { getRouteApi, Link, Navigate } from '@tanstack/react-router';
import { usePermissions } from '@/auth/me-query';
import { NotAllowed } from '@/ui/not-allowed';
import { PageHeader } from '@/ui/page-header';
import '@/ui/ui.css';
import { BulkEnrich } from './bulk-enrich';
import { ENRICH_KINDS } from './enrich-kinds';
import { ENRICH_ENTITIES, type EnrichEntity, type EnrichMode } from './search-params';
import { SingleEnrich } from './single-enrich';
import './enrich.css';

const route = getRouteApi('/_app/enrich');

const ENTITY_LABEL: Record<EnrichEntity, string> = {
  contacts: 'Contacts',
  organizations: 'Organizations',
};

const MODE_LABEL: Record<EnrichMode, string> = { one: 'One record', csv: 'From a CSV' };

/** Which kind is enriched: a link each (the choice is in the URL), only the kinds allowed. */
function EntityChoice({ entity, allowed }: { entity: EnrichEntity; allowed: EnrichEntity[] }) {
  const navigate = route.useNavigate();
  if (allowed.length < 2) return null;
  return (
    <fieldset className="enrich-entity-choice">
      <legend>What to enrich</legend>
      {allowed.map((option) => (
        <label key={option}>
          <input
            type="radio"
            name="enrich-entity"
            value={option}
            checked={entity === option}
            onChange={() => void navigate({ search: (prev) => ({ ...prev, entity: option }) })}
          />
          {ENTITY_LABEL[option]}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Genesys' enrich: find a record by its identifiers and combine data into it (or create it),
 * previewed as a dry run before anything is written. One record typed in, or many from a CSV;
 * contacts or organizations, as the user's permissions allow.
 */
export function EnrichPage() {
  const { entity, mode } = route.useSearch();
  const { can } = usePermissions();
  const allowed = ENRICH_ENTITIES.filter((option) => can(...ENRICH_KINDS[option].permission));
  const kind = ENRICH_KINDS[entity];
  if (!allowed.includes(entity)) {
    const other = allowed[0];
    // The route's guard let the user in, so they may enrich the other kind: show that one.
    if (other) return <Navigate to="/enrich" search={{ entity: other, mode }} replace />;
    return (
      <NotAllowed
        action={`enrich ${kind.record.noun.many}`}
        back={<Link to="/">Go to the console home</Link>}
      />
    );
  }
  return (
    <div className="page enrich-page">
      <PageHeader
        title={
          mode === 'csv'
            ? `Enrich ${kind.record.noun.many} from a CSV`
            : `Enrich ${kind.record.noun.many}`
        }
      >
        <p className="muted">
          Genesys finds the {kind.record.noun.one} that holds the identifiers and combines the data
          given here with what it stores, or creates a new one. A dry run shows what would happen
          beside what is stored now; nothing is written until you apply it.
        </p>
      </PageHeader>
      <EntityChoice entity={entity} allowed={allowed} />
      <nav aria-label="Enrich one record or many" className="record-tabs">
        <ul>
          {(['one', 'csv'] as const).map((option) => (
            <li key={option}>
              <Link
                to="/enrich"
                search={{ entity, mode: option }}
                aria-current={mode === option ? 'page' : undefined}
                className={mode === option ? 'active' : undefined}
              >
                {MODE_LABEL[option]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {/* A kind and a mode of their own: switching starts afresh. */}
      {mode === 'csv' ? (
        <BulkEnrich key={`csv-${entity}`} kind={kind} />
      ) : (
        <SingleEnrich key={`one-${entity}`} kind={kind} />
      )}
    </div>
  );
}
