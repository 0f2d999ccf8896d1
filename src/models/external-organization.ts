import * as z from 'zod/mini';
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
    division: z.nullish(divisionRef),
    companyType: z.nullish(trimmedText(1000, 'Company type')),
    industry: z.nullish(trimmedText(1000, 'Industry')),
    address: z.nullish(addressInput),
    phoneNumber: z.nullish(phoneNumberInput('Phone number')),
    faxNumber: z.nullish(phoneNumberInput('Fax number')),
    employeeCount: z.nullish(wholeNumber('Employee count')),
    revenue: z.nullish(wholeNumber('Revenue')),
    tags: z.nullish(textList('Tags', 'A tag')),
    websites: z.nullish(textList('Websites', 'A website')),
    tickers: z.nullish(z.array(tickerInput, { error: 'Tickers must be a list.' })),
    twitterId: z.nullish(twitterIdInput),
    externalSystemUrl: z.nullish(urlWithProtocol(1000, 'External system URL')),
    externalIds: z.nullish(
      limitedList(externalIdInput, MAX_ORGANIZATION_EXTERNAL_IDS, 'External ids'),
    ),
    // Checked against the referenced custom-field schema by the server, not here.
    schema: z.optional(z.unknown()),
    customFields: z.optional(z.unknown()),
  },
  { error: 'An organization must be a JSON object.' },
);

export type ExternalOrganizationWrite = z.output<typeof externalOrganizationWriteSchema>;
export type ExternalOrganizationFormInput = z.input<typeof externalOrganizationWriteSchema>;
