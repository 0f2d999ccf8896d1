import { InlineSelect } from './inline-select';
import { ActionButton } from '@/ui/action-button';
import './ui.css';

interface PaginationProps {
  /** Names the control for assistive tech, e.g. "Contacts pages". */
  label: string;
  pageNumber: number;
  lastPage: number;
  pageSize: number;
  pageSizes: readonly number[];
  total: number | undefined;
  onPageChange: (pageNumber: number) => void;
  onPageSizeChange: (pageSize: number) => void;
}

const count = new Intl.NumberFormat();

/** Page-number paging: page size, previous/next, where we are and how many there are. */
export function Pagination({
  label,
  pageNumber,
  lastPage,
  pageSize,
  pageSizes,
  total,
  onPageChange,
  onPageSizeChange,
}: PaginationProps) {
  return (
    <nav className="pagination" aria-label={label}>
      <div className="pagination-size">
        <InlineSelect
          label="Rows per page"
          value={String(pageSize)}
          onChange={(value) => onPageSizeChange(Number(value))}
        >
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </InlineSelect>
      </div>
      <p className="pagination-status" aria-live="polite">
        Page {count.format(pageNumber)} of {count.format(lastPage)}
        {total !== undefined ? <> · {count.format(total)} total</> : null}
      </p>
      <div className="pagination-buttons">
        <ActionButton disabled={pageNumber <= 1} onClick={() => onPageChange(pageNumber - 1)}>
          Previous page
        </ActionButton>
        <ActionButton
          disabled={pageNumber >= lastPage}
          onClick={() => onPageChange(pageNumber + 1)}
        >
          Next page
        </ActionButton>
      </div>
    </nav>
  );
}
