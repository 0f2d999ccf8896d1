import { z } from 'zod';
import {
  externalOrganizationWriteSchema,
  type ExternalOrganizationWrite,
} from '@/models/external-organization';
import {
  customFieldsFormPartShape,
  customFieldsToFormByKey,
  type CustomFieldFormValues,
} from '@/features/schemas/custom-fields/custom-field-values';
import type { ExternalOrganization } from './organization-model';
import { phoneBody, text, withoutEmpty } from '@/features/contacts/write-body-parts';

const write = externalOrganizationWriteSchema.shape;

export const MAX_LIST_ITEM_LENGTH = 1000;

/** A whole number typed as text: '' is "none"; anything else must be what the API accepts. */
const wholeNumberText = (label: string) =>
  z.string().superRefine((value, context) => {
    const text = value.trim();
    if (text === '') return;
    const parsed = write.employeeCount.safeParse(/^-?\d+(\.\d+)?$/.test(text) ? Number(text) : NaN);
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? '';
      // The model names its own field; say it with this field's label.
      context.addIssue({ code: 'custom', message: message.replace('Employee count', label) });
    }
  });

/** One value per line (tags, websites): each line must fit the API's item limit. */
const lineList = (itemLabel: string) =>
  z.string().superRefine((value, context) => {
    const tooLong = splitLines(value).findIndex((line) => line.length > MAX_LIST_ITEM_LENGTH);
    if (tooLong >= 0)
      context.addIssue({
        code: 'custom',
        message: `${itemLabel} ${tooLong + 1} must be at most ${MAX_LIST_ITEM_LENGTH.toLocaleString('en-US')} characters.`,
      });
  });

export const splitLines = (value: string): string[] =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const phoneCountry = z
  .string()
  .trim()
  .refine((value) => value === '' || /^[A-Za-z]{2}$/.test(value), {
    message: 'The phone country must be a two-letter ISO country code, such as US.',
  });

/**
 * The form edits the organization with the API's own rules (src/models): each field is the write
 * schema's field, or text that is checked with it (numbers, one-per-line lists). `schemaId` and
 * `customFields` are checked against the chosen schema by the custom-fields resolver.
 */
export const organizationFormSchema = z.object({
  name: write.name,
  companyType: write.companyType,
  industry: write.industry,
  phoneNumber: write.phoneNumber,
  faxNumber: write.faxNumber,
  phoneCountry,
  address: write.address,
  employeeCount: wholeNumberText('Employee count'),
  revenue: wholeNumberText('Revenue'),
  tags: lineList('Tag'),
  websites: lineList('Website'),
  tickers: z.array(
    z
      .object({
        symbol: z.string().trim().max(255, 'Ticker symbol must be at most 255 characters.'),
        exchange: z.string().trim().max(255, 'Ticker exchange must be at most 255 characters.'),
      })
      .superRefine((ticker, context) => {
        // A half-filled row is a mistake; an empty one is ignored.
        if (ticker.symbol && !ticker.exchange)
          context.addIssue({
            code: 'custom',
            path: ['exchange'],
            message: 'Ticker exchange is required.',
          });
        if (ticker.exchange && !ticker.symbol)
          context.addIssue({
            code: 'custom',
            path: ['symbol'],
            message: 'Ticker symbol is required.',
          });
      }),
  ),
  twitterId: write.twitterId,
  externalSystemUrl: write.externalSystemUrl,
  ...customFieldsFormPartShape,
});

export type OrganizationFormOutput = z.output<typeof organizationFormSchema>;

/** What the inputs hold: strings everywhere (an empty field is ''). */
export interface OrganizationFormValues {
  name: string;
  companyType: string;
  industry: string;
  phoneNumber: { display: string };
  faxNumber: { display: string };
  phoneCountry: string;
  address: {
    address1: string;
    address2: string;
    city: string;
    state: string;
    postalCode: string;
    countryCode: string;
  };
  employeeCount: string;
  revenue: string;
  tags: string;
  websites: string;
  tickers: { symbol: string; exchange: string }[];
  twitterId: { screenName: string };
  externalSystemUrl: string;
  /** '' = no schema; see the contract in schemas/custom-fields/custom-field-values.ts. */
  schemaId: string;
  customFields: CustomFieldFormValues;
}

export type OrganizationFormField =
  | Exclude<
      keyof OrganizationFormValues,
      'phoneNumber' | 'faxNumber' | 'address' | 'twitterId' | 'tickers' | 'customFields'
    >
  | `customFields.${string}`
  | 'phoneNumber.display'
  | 'faxNumber.display'
  | `address.${keyof OrganizationFormValues['address']}`
  | 'twitterId.screenName'
  | `tickers.${number}.symbol`
  | `tickers.${number}.exchange`;

const numberText = (value: number | undefined) => (value === undefined ? '' : String(value));

export function toFormValues(organization?: ExternalOrganization): OrganizationFormValues {
  const country =
    organization?.phoneNumber?.normalizationCountryCode ??
    organization?.faxNumber?.normalizationCountryCode ??
    '';
  return {
    name: organization?.name ?? '',
    companyType: organization?.companyType ?? '',
    industry: organization?.industry ?? '',
    phoneNumber: { display: organization?.phoneNumber?.display ?? '' },
    faxNumber: { display: organization?.faxNumber?.display ?? '' },
    phoneCountry: country.toUpperCase(),
    address: {
      address1: organization?.address?.address1 ?? '',
      address2: organization?.address?.address2 ?? '',
      city: organization?.address?.city ?? '',
      state: organization?.address?.state ?? '',
      postalCode: organization?.address?.postalCode ?? '',
      countryCode: organization?.address?.countryCode ?? '',
    },
    employeeCount: numberText(organization?.employeeCount),
    revenue: numberText(organization?.revenue),
    tags: (organization?.tags ?? []).join('\n'),
    websites: (organization?.websites ?? []).join('\n'),
    tickers: (organization?.tickers ?? []).map((ticker) => ({
      symbol: ticker.symbol ?? '',
      exchange: ticker.exchange ?? '',
    })),
    twitterId: { screenName: organization?.twitterId?.screenName ?? '' },
    externalSystemUrl: organization?.externalSystemUrl ?? '',
    schemaId: organization?.schema?.id ?? '',
    customFields: customFieldsToFormByKey(organization?.customFields),
  };
}

const listOrUndefined = <Item>(items: Item[]) => (items.length > 0 ? items : undefined);

/**
 * PUT replaces the whole organization, so what the form does not edit goes back as it was: the
 * division, the external ids, and the custom-field `schema` + `customFields` (until the custom
 * fields section is dropped into the form, they round-trip untouched).
 */
function carriedOver(
  existing: ExternalOrganization | undefined,
): Partial<ExternalOrganizationWrite> {
  if (!existing) return {};
  const kept: Partial<ExternalOrganizationWrite> = {};
  if (existing.division) kept.division = { id: existing.division.id };
  if (existing.externalIds?.length)
    kept.externalIds = existing.externalIds.flatMap((externalId) =>
      externalId.externalSource?.id && externalId.value
        ? [{ externalSource: { id: externalId.externalSource.id }, value: externalId.value }]
        : [],
    );
  return kept;
}

/** The request body for POST (no existing organization) or PUT (the organization as loaded). */
export function toWriteBody(
  values: OrganizationFormOutput,
  existing?: ExternalOrganization,
): Record<string, unknown> {
  const country = values.phoneCountry.trim().toUpperCase();
  const employeeCount = values.employeeCount.trim();
  const revenue = values.revenue.trim();
  const body: Record<string, unknown> = {
    ...carriedOver(existing),
    name: values.name,
    companyType: text(values.companyType),
    industry: text(values.industry),
    phoneNumber: phoneBody(values.phoneNumber?.display, existing?.phoneNumber, country),
    faxNumber: phoneBody(values.faxNumber?.display, existing?.faxNumber, country),
    address: withoutEmpty(values.address),
    employeeCount: employeeCount ? Number(employeeCount) : undefined,
    revenue: revenue ? Number(revenue) : undefined,
    tags: listOrUndefined(splitLines(values.tags)),
    websites: listOrUndefined(splitLines(values.websites)),
    tickers: listOrUndefined(values.tickers.filter((ticker) => ticker.symbol && ticker.exchange)),
    twitterId: withoutEmpty({
      id: existing?.twitterId?.id,
      name: existing?.twitterId?.name,
      screenName: values.twitterId?.screenName,
    }),
    externalSystemUrl: text(values.externalSystemUrl),
  };
  for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
  return body;
}

const PLAIN_FIELDS = new Set<string>([
  'name',
  'companyType',
  'industry',
  'employeeCount',
  'revenue',
  'tags',
  'websites',
  'externalSystemUrl',
  ...Object.keys(toFormValues().address).map((key) => `address.${key}`),
]);

/** Which input an API error detail's fieldName (`tickers[0].symbol`, `address.city`) belongs to. */
export function formFieldFor(apiFieldName: string): OrganizationFormField | null {
  const ticker = /^tickers(?:\[(\d+)\]|\.(\d+))\.(symbol|exchange)$/.exec(apiFieldName);
  if (ticker)
    return `tickers.${Number(ticker[1] ?? ticker[2])}.${ticker[3] as 'symbol' | 'exchange'}`;
  const name = apiFieldName.replace(/\[\d+\]/g, '').replace(/\.\d+(?=\.|$)/g, '');
  if (PLAIN_FIELDS.has(name)) return name as OrganizationFormField;
  if (/^customFields\.[a-z][a-z0-9_]*$/.test(name)) return name as OrganizationFormField;
  if (name === 'schema' || name.startsWith('schema.')) return 'schemaId';
  const [head, tail] = name.split('.', 2);
  if (head === 'phoneNumber' || head === 'faxNumber')
    return tail === 'normalizationCountryCode' ? 'phoneCountry' : `${head}.display`;
  if (head === 'twitterId') return 'twitterId.screenName';
  if (head === 'address') return 'address.address1';
  return null;
}
