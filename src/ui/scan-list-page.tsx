import { PageHeader } from './page-header';
import { VirtualScanList, type VirtualScanListProps } from './virtual-scan-list';

/** A page that is one cursor scan: heading, what the list holds, the virtualised list. */
export function ScanListPage<Item>({
  title,
  description,
  ...list
}: { title: string; description: string } & VirtualScanListProps<Item>) {
  return (
    <div className="page">
      <PageHeader title={title}>
        <p className="muted">{description}</p>
      </PageHeader>
      <VirtualScanList<Item> {...list} />
    </div>
  );
}
