import * as z from 'zod/mini';
import { PHONE_COUNTRIES } from '@/models/phone-countries';

const CODES = PHONE_COUNTRIES.map((country) => country.code) as [string, ...string[]];

export const settingsFormSchema = z.object({
  phoneCountry: z.enum(CODES, { error: 'Choose one of the countries offered.' }),
});

export type SettingsFormValues = z.infer<typeof settingsFormSchema>;
