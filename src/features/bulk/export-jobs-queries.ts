import {
  infiniteQueryOptions,
  queryOptions,
  type InfiniteData,
  type QueryClient,
} from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { exportErrorText } from './export-error-text';
import { jobState, pollIntervalMs, type KindJobs } from './export-job-state';
import {
  exportKeys,
  listExportJobs,
  readExportJob,
  type ExportJob,
  type ExportKind,
} from './export-jobs-api';

/** The next page's cursor of each kind that has one; null: the first page, of every kind. */
export type RecentCursors = Partial<Record<ExportKind, string>>;

export interface RecentPage {
  lists: Partial<Record<ExportKind, { jobs: ExportJob[]; after: string | undefined }>>;
  /** Kinds whose listing could not be read, with why: the others are still shown. */
  failures: Partial<Record<ExportKind, string>>;
}

export type RecentData = InfiniteData<RecentPage, RecentCursors | null>;

export const recentKey = (kinds: readonly ExportKind[]) =>
  [...exportKeys.all, 'recent', kinds] as const;

/**
 * Every kind's listing is paged on its own: a page of the recent jobs is the next page of each
 * kind that has one, read together. Only when every listing fails does the page fail.
 */
export async function readRecentPage(
  api: ApiClient,
  kinds: readonly ExportKind[],
  cursors: RecentCursors | null,
  signal?: AbortSignal,
): Promise<RecentPage> {
  const targets: [ExportKind, string | undefined][] =
    cursors === null
      ? kinds.map((kind) => [kind, undefined])
      : (Object.entries(cursors) as [ExportKind, string][]);
  const answers = await Promise.allSettled(
    targets.map(([kind, after]) => listExportJobs(api, kind, after, signal)),
  );
  const page: RecentPage = { lists: {}, failures: {} };
  answers.forEach((answer, index) => {
    const kind = targets[index]?.[0];
    if (!kind) return;
    if (answer.status === 'fulfilled') page.lists[kind] = answer.value;
    else page.failures[kind] = exportErrorText(answer.reason);
  });
  const [first] = answers;
  if (Object.keys(page.lists).length === 0 && first?.status === 'rejected') throw first.reason;
  return page;
}

export function nextRecentCursors(last: RecentPage): RecentCursors | undefined {
  const next = Object.entries(last.lists).flatMap(([kind, list]) =>
    list.after ? [[kind, list.after] as const] : [],
  );
  return next.length > 0 ? (Object.fromEntries(next) as RecentCursors) : undefined;
}

export const recentJobsQueryOptions = (api: ApiClient, kinds: readonly ExportKind[]) =>
  infiniteQueryOptions({
    queryKey: recentKey(kinds),
    initialPageParam: null as RecentCursors | null,
    queryFn: ({ pageParam, signal }) => readRecentPage(api, kinds, pageParam, signal),
    getNextPageParam: nextRecentCursors,
  });

/** Each kind's jobs across the pages read, and whether its listing has older ones. */
export function kindLists(pages: readonly RecentPage[], kinds: readonly ExportKind[]): KindJobs[] {
  return kinds.map((kind) => {
    const shown = pages.flatMap((page) => (page.lists[kind] ? [page.lists[kind]] : []));
    return {
      kind,
      jobs: shown.flatMap((list) => list.jobs),
      hasMore: shown.at(-1)?.after !== undefined,
    };
  });
}

/** A job just started goes first in its kind's list, before the listing is read again. */
export function addStartedJob(
  queryClient: QueryClient,
  kinds: readonly ExportKind[],
  kind: ExportKind,
  job: ExportJob,
): void {
  queryClient.setQueryData<RecentData>(recentKey(kinds), (data) => {
    const [first, ...rest] = data?.pages ?? [];
    if (!data || !first) return data;
    const list = first.lists[kind] ?? { jobs: [], after: undefined };
    return {
      ...data,
      pages: [
        { ...first, lists: { ...first.lists, [kind]: { ...list, jobs: [job, ...list.jobs] } } },
        ...rest,
      ],
    };
  });
  queryClient.setQueryData(exportKeys.job(kind, job.id), job);
}

/**
 * One job as the list shows it: a running job is read at once (the listing may be a while old),
 * then again on its own, each second at first and less often later, until it ends. A finished
 * one never changes, so it is not read.
 */
export const exportJobQueryOptions = (api: ApiClient, kind: ExportKind, listed: ExportJob) =>
  queryOptions({
    queryKey: exportKeys.job(kind, listed.id),
    queryFn: ({ signal }) => readExportJob(api, kind, listed.id, signal),
    initialData: listed,
    enabled: jobState(listed) === 'running',
    staleTime: 0,
    refetchInterval: (query) => pollIntervalMs(query.state.data, Date.now()),
  });
