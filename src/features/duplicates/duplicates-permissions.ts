/** Permissions of the graphs/* routes (endpoints.md, footnote ¹: one permission each). */
export const LATEST_SCAN_PERMISSIONS = ['externalContacts:contact:view'];
export const CLUSTER_VIEW_PERMISSIONS = ['externalContacts:graphCluster:view'];
export const CLUSTER_MERGE_PERMISSIONS = ['externalContacts:graphCluster:merge'];
export const GRAPH_SETTINGS_VIEW_PERMISSIONS = ['externalContacts:graphSettingsGlobal:view'];
export const GRAPH_SETTINGS_EDIT_PERMISSIONS = ['externalContacts:graphSettingsGlobal:edit'];
