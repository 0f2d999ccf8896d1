import { useAllExternalSources } from '@/features/external-sources';
import { useCustomFieldsFormExtension } from '@/features/schemas';
import {
  externalOrganizationWriteSchema,
  MAX_ORGANIZATION_EXTERNAL_IDS,
} from '@/models/external-organization';
import type { ExternalOrganization } from '@/models/organization-fields';
import { RecordForm } from '@/record-kit/form/record-form';
import { organizationApi } from './api';
import { organizationEntity } from './organization-entity';
import { TickersInputs, tickersExtension } from './tickers';
import './organizations.css';

/** Create (no organization) or edit (the organization as loaded), with its tickers' rows. */
export function OrganizationForm({ organization }: { organization?: ExternalOrganization }) {
  const customFields = useCustomFieldsFormExtension('organization', organization);
  return (
    <RecordForm
      entity={organizationEntity}
      api={organizationApi}
      write={externalOrganizationWriteSchema.shape}
      record={organization}
      extensions={[tickersExtension, customFields.extension]}
      wrapResolver={customFields.wrapResolver}
      extras={[{ section: 'Tags and tickers', node: <TickersInputs /> }]}
      trailing={customFields.section}
      externalIds={{ max: MAX_ORGANIZATION_EXTERNAL_IDS, useSources: useAllExternalSources }}
    />
  );
}
