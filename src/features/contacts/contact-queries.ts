import type { ExternalContact } from '@/models/contact-fields';
import { createRecordQueries } from '@/record-kit/record-queries';
import { contactResource } from './contact-resource';

export { contactResource };

/** The contacts' reads alone, without the writes or the fields. */
export const contactQueries = createRecordQueries<ExternalContact>(contactResource);
