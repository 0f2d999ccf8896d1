import { PageHeader } from './page-header';
import { VirtualScanList, type VirtualScanListProps } from './virtual-scan-list';

/**
 * A page that is one cursor scan: heading, what the list holds, the virtualised list (named by
 * the heading, its items keyed by id).
 */
export function ScanListPage<Item extends { id: string }>({
  title,
  description,
  ...list
}: { title: string; description: string } & Omit<VirtualScanListProps<Item>, 'label' | 'itemKey'>) {
  return (
    <div className="page">
      <PageHeader title={title}>
        <p className="muted">{description}</p>
      </PageHeader>
      <VirtualScanList<Item> {...list} label={title} itemKey={(item) => item.id} />
    </div>
  );
}
