import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { resourceKeys } from '@/api/resource-keys';
import { useServices } from '@/app/services';
import type {
  Conversation,
  ConversationMediaType,
  SegmentAssignmentListing,
  SessionListing,
  UpdateSegmentAssignmentResponse,
} from './activity-model';

const contactPath = (contactId: string) =>
  `/externalcontacts/contacts/${encodeURIComponent(contactId)}`;

export const activityKeys = {
  conversation: (conversationId: string) =>
    [...resourceKeys('conversations').all, conversationId] as const,
  contact: (contactId: string) => [...resourceKeys('journey').all, contactId] as const,
  sessions: (contactId: string, includeMerged: boolean) =>
    [...activityKeys.contact(contactId), 'sessions', { includeMerged }] as const,
  segments: (contactId: string, includeMerged: boolean) =>
    [...activityKeys.contact(contactId), 'segments', { includeMerged }] as const,
};

/** The real Conversations read (the sandbox knows the conversations linked to a contact). */
export function conversationQueryOptions(api: ApiClient, conversationId: string) {
  return queryOptions({
    queryKey: activityKeys.conversation(conversationId),
    queryFn: ({ signal }) =>
      api<Conversation>(`/conversations/${encodeURIComponent(conversationId)}`, { signal }),
    retry: false,
  });
}

export const SESSION_PAGE_SIZE = 25;

/** The `after` cursor of a nextUri, the one way the API hands the next page over. */
export function afterCursor(nextUri: string | undefined): string | undefined {
  if (!nextUri) return undefined;
  const query = nextUri.includes('?') ? nextUri.slice(nextUri.indexOf('?') + 1) : '';
  return new URLSearchParams(query).get('after') ?? undefined;
}

export function sessionsQueryOptions(api: ApiClient, contactId: string, includeMerged: boolean) {
  return {
    queryKey: activityKeys.sessions(contactId, includeMerged),
    queryFn: ({ pageParam, signal }: { pageParam: string | undefined; signal: AbortSignal }) =>
      api<SessionListing>(`${contactPath(contactId)}/journey/sessions`, {
        query: { pageSize: SESSION_PAGE_SIZE, after: pageParam, includeMerged },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: SessionListing) => afterCursor(last.nextUri),
  };
}

export const SEGMENT_LIST_LIMIT = 100;

export function segmentsQueryOptions(api: ApiClient, contactId: string, includeMerged: boolean) {
  return queryOptions({
    queryKey: activityKeys.segments(contactId, includeMerged),
    queryFn: ({ signal }) =>
      api<SegmentAssignmentListing>(`${contactPath(contactId)}/journey/segments`, {
        query: { includeMerged, limit: SEGMENT_LIST_LIMIT },
        signal,
      }),
  });
}

export interface ConversationLinkWrite {
  conversationId: string;
  communicationId: string;
  mediaType: ConversationMediaType;
  /** Omitted to unlink. */
  externalContactId?: string;
}

export function useConversationLink() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (write: ConversationLinkWrite) =>
      api<unknown>(`/externalcontacts/conversations/${encodeURIComponent(write.conversationId)}`, {
        method: 'PUT',
        body: write,
      }),
    onSuccess: (_data, write) =>
      void queryClient.invalidateQueries({
        queryKey: activityKeys.conversation(write.conversationId),
      }),
  });
}

export function useUpdateSegments(contactId: string) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ assign, unassign }: { assign: string[]; unassign: string[] }) =>
      api<UpdateSegmentAssignmentResponse>(`${contactPath(contactId)}/journey/segments`, {
        method: 'POST',
        body: {
          ...(assign.length ? { assign: { segments: assign.map((id) => ({ id })) } } : {}),
          ...(unassign.length ? { unassign: { segments: unassign.map((id) => ({ id })) } } : {}),
        },
      }),
    onSuccess: () =>
      void queryClient.invalidateQueries({
        queryKey: [...activityKeys.contact(contactId), 'segments'],
      }),
  });
}
