import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const props = {
  caption: 'Contacts',
  nounMany: 'contacts',
  columns: [],
  rows: [],
  nameOf: () => '',
  sortOrder: undefined,
  onSort: () => undefined,
  stale: false,
};

// A fresh module each time: whether the table's code is in is module state.
const lazyTable = () => import('./record-table-lazy');

beforeEach(() => vi.resetModules());

describe('the lists’ table', () => {
  it('suspends while its code is not in', async () => {
    const { RecordTable } = await lazyTable();
    // (renderToString leaves a suspended boundary to the client instead of its fallback.)
    expect(renderToString(<RecordTable {...props} />)).not.toContain('<table');
  });

  it('renders at once, with no fallback to hold the rows back, once a loader loaded it', async () => {
    const { RecordTable, loadRecordTable } = await lazyTable();
    await loadRecordTable();
    const html = renderToString(<RecordTable {...props} />);
    expect(html).toContain('<table');
    expect(html).not.toContain('Loading contacts…');
  });
});
