import { PERMISSIONS } from '@/models/permissions';

/** Conversation links and journey data as the API shapes them (models.json). */

/** ConversationAssociation.mediaType. */
export const CONVERSATION_MEDIA_TYPES = [
  'CALL',
  'CALLBACK',
  'CHAT',
  'COBROWSE',
  'EMAIL',
  'MESSAGE',
  'INTERNAL_MESSAGE',
  'SCREEN_MONITORING',
  'SOCIAL_EXPRESSION',
  'VIDEO',
  'SCREENSHARE',
] as const;
export type ConversationMediaType = (typeof CONVERSATION_MEDIA_TYPES)[number];

/** A subset of Genesys' Conversation (GET /api/v2/conversations/{id}). */
export interface Conversation {
  id: string;
  startTime?: string;
  participants?: {
    id?: string;
    purpose?: string;
    externalContactId?: string;
    externalOrganizationId?: string;
  }[];
}

export interface JourneySession {
  id: string;
  type?: string;
  createdDate?: string;
  endedDate?: string;
  externalContact?: { id: string };
  lastPage?: { url?: string; title?: string };
  pageviewCount?: number;
  durationInSeconds?: number;
  browser?: { family?: string };
  device?: { category?: string; osFamily?: string };
  conversationChannels?: { type?: string }[];
}

export interface SessionListing {
  entities?: JourneySession[];
  nextUri?: string;
}

export interface SegmentAssignment {
  dateAssigned?: string;
  dateForUnassignment?: string;
  segment?: { id: string };
  externalContact?: { id: string };
}

export interface SegmentAssignmentListing {
  entities?: SegmentAssignment[];
}

export interface UpdateSegmentAssignmentResponse {
  unprocessedItems?: {
    assign?: { segments?: { id: string }[] };
    unassign?: { segments?: { id: string }[] };
    count?: number;
  };
}

/** @deprecated Read PERMISSIONS.journey; kept while the activity route's loader imports them. */
export const SESSION_VIEW_PERMISSIONS = PERMISSIONS.journey.sessionView;
/** @deprecated Read PERMISSIONS.journey; kept while the activity route's loader imports them. */
export const SEGMENT_VIEW_PERMISSIONS = PERMISSIONS.journey.segmentView;
