import { z } from 'zod';
import {
  addressInput,
  divisionRef,
  externalIdInput,
  limitedList,
  phoneNumberInput,
  requiredText,
  trimmedText,
  twitterIdInput,
  urlWithProtocol,
  wholeNumber,
} from './common.ts';

/**
 * What a client may write on an external organization. Server-managed fields (id, selfUri, dates,
 * trustor, identifiers) are not listed, so parsing drops them.
 */

export const tickerInput = z.object(
  {
    symbol: requiredText(255, 'Ticker symbol'),
    exchange: requiredText(255, 'Ticker exchange'),
  },
  { error: 'A ticker must be an object with a symbol and an exchange.' },
);

const textList = (label: string, itemLabel: string) =>
  z.array(trimmedText(1000, itemLabel), { error: `${label} must be a list of text values.` });

export const MAX_ORGANIZATION_EXTERNAL_IDS = 10;

export const externalOrganizationWriteSchema = z.object(
  {
    name: requiredText(1000, 'Name'),
    division: divisionRef.nullish(),
    companyType: trimmedText(1000, 'Company type').nullish(),
    industry: trimmedText(1000, 'Industry').nullish(),
    address: addressInput.nullish(),
    phoneNumber: phoneNumberInput('Phone number').nullish(),
    faxNumber: phoneNumberInput('Fax number').nullish(),
    employeeCount: wholeNumber('Employee count').nullish(),
    revenue: wholeNumber('Revenue').nullish(),
    tags: textList('Tags', 'A tag').nullish(),
    websites: textList('Websites', 'A website').nullish(),
    tickers: z.array(tickerInput, { error: 'Tickers must be a list.' }).nullish(),
    twitterId: twitterIdInput.nullish(),
    externalSystemUrl: urlWithProtocol(1000, 'External system URL').nullish(),
    externalIds: limitedList(
      externalIdInput,
      MAX_ORGANIZATION_EXTERNAL_IDS,
      'External ids',
    ).nullish(),
    // Checked against the referenced custom-field schema by the server, not here.
    schema: z.unknown().optional(),
    customFields: z.unknown().optional(),
  },
  { error: 'An organization must be a JSON object.' },
);

export type ExternalOrganizationWrite = z.output<typeof externalOrganizationWriteSchema>;
export type ExternalOrganizationFormInput = z.input<typeof externalOrganizationWriteSchema>;
