import type { ApiClient } from '@/api/client';
import { createRecordApi } from '@/record-kit/record-api';
import type { RecordListParams } from '@/record-kit/list-params';
import { contactEntity } from './contact-entity';
import { contactQueries } from './contact-queries';

/** The contacts API, made by the record kit from the contact's definition. */
export const contactApi = createRecordApi(contactEntity);

export const contactKeys = contactApi.keys;
export const DETAIL_EXPAND = contactEntity.detailQuery.expand as readonly string[];

export const contactListQueryOptions = (api: ApiClient, params: RecordListParams) =>
  contactQueries.listQueryOptions(api, params);
export const contactDetailQueryOptions = (api: ApiClient, contactId: string) =>
  contactApi.detailQueryOptions(api, contactId);
export const contactScanQueryOptions = (api: ApiClient, divisionId: string | undefined) =>
  contactApi.scanQueryOptions(api, divisionId);
