/** The parts of Genesys' Relationship, its listings and User the console reads (models.json). */

export interface NamedRef {
  id: string;
  name?: string;
  selfUri?: string;
}

/** A user's role towards an external organization. The model has no dates of its own. */
export interface Relationship {
  id: string;
  user?: NamedRef;
  externalOrganization?: NamedRef;
  relationship?: string;
  selfUri?: string;
}

export interface RelationshipListing {
  entities?: Relationship[];
  pageNumber?: number;
  pageSize?: number;
  total?: number;
  pageCount?: number;
}

export interface CursorRelationshipListing {
  entities?: Relationship[];
  cursors?: { after?: string };
}

export interface User {
  id: string;
  name?: string;
  email?: string;
  title?: string;
  department?: string;
}

export interface UsersSearchResponse {
  results?: User[];
  total?: number;
}
