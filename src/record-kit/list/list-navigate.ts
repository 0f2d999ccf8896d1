import type { RecordSearch } from '../list-params';

/** Changes a list's URL state: the kit's pages never hold paging, sort or search themselves. */
export type ListNavigate = (patch: Partial<RecordSearch>, options?: { replace?: boolean }) => void;
