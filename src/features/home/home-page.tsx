import { useMe } from '@/auth/me-query';
import { useServices } from '@/app/services';
import { DuplicatesPanel } from './duplicates-panel';
import { HomeSearch } from './home-search';
import { JobsPanel } from './jobs-panel';
import { RecentRecordsPanel } from './recent-records-panel';
import { SchemaHeadroomPanel } from './schema-headroom-panel';
import './home.css';

/**
 * The start page: find a record, go back to one opened lately, see what the jobs are doing, how
 * many duplicates the latest scan found and how much room custom fields have left. Each panel
 * shows only when the user's permissions allow what it reads; each loads on its own, so a slow
 * or refused read never holds the rest back.
 */
export function HomePage({
  q,
  onSearch,
}: {
  q: string | undefined;
  onSearch: (q: string | undefined) => void;
}) {
  const me = useMe();
  const { auth } = useServices();
  const firstName = (me.name ?? '').split(' ')[0] || 'there';
  return (
    <div className="page">
      <h1>Welcome, {firstName}</h1>
      <p className="muted">
        {me.organization?.name ? <>Org: {me.organization.name}. </> : null}
        Region: {auth.currentRegion()?.label ?? 'unknown'}.
      </p>
      <div className="home-grid">
        <HomeSearch q={q} onSearch={onSearch} />
        <RecentRecordsPanel />
        <JobsPanel />
        <DuplicatesPanel />
        <SchemaHeadroomPanel />
      </div>
    </div>
  );
}
