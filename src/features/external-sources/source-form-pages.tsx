import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useServices } from '@/app/services';
import { PageHeader } from '@/ui/page-header';
import '@/ui/ui.css';
import { externalSourceQueryOptions, useCreateSource, useUpdateSource } from './api';
import { SourceForm } from './source-form';
import { emptySourceForm, sourceFormValues } from './source-form-schema';
import './external-sources.css';

function BackLink() {
  return <Link to="/external-sources">Back to all external sources</Link>;
}

export function NewSourcePage() {
  const create = useCreateSource();
  const navigate = useNavigate();
  return (
    <div className="page">
      <PageHeader title="New external source" actions={<BackLink />} />
      <SourceForm
        defaultValues={emptySourceForm}
        submitLabel="Create source"
        pendingLabel="Creating…"
        save={(body) => create.mutateAsync(body)}
        onSaved={(source) =>
          void navigate({ to: '/external-sources', search: { name: source.name } })
        }
      />
    </div>
  );
}

const editRoute = getRouteApi('/_app/external-sources/$sourceId');

export function EditSourcePage() {
  const { sourceId } = editRoute.useParams();
  const { api } = useServices();
  // The loader has read it; null is the API's 404, the source was deleted meanwhile.
  const { data: source } = useQuery(externalSourceQueryOptions(api, sourceId));
  const update = useUpdateSource(sourceId);
  const navigate = useNavigate();
  if (!source) {
    return (
      <div className="page">
        <PageHeader title="External source not found" actions={<BackLink />} />
        <p>This external source does not exist any more; it may have been deleted.</p>
      </div>
    );
  }
  return (
    <div className="page">
      <PageHeader title={`Edit ${source.name}`} actions={<BackLink />} />
      <SourceForm
        key={source.id}
        defaultValues={sourceFormValues(source)}
        submitLabel="Save source"
        pendingLabel="Saving…"
        save={(body) => update.mutateAsync(body)}
        onSaved={(saved) =>
          void navigate({ to: '/external-sources', search: { name: saved.name } })
        }
      />
    </div>
  );
}
