import { zodResolver } from '@hookform/resolvers/zod';
import { GuxInlineAlert } from 'genesys-spark-components-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  phoneCountryChosen,
  setPhoneCountrySetting,
  usePhoneCountrySetting,
} from '@/app/phone-country-setting';
import { PHONE_COUNTRIES, phoneCountry } from '@/models/phone-countries';
import { FormField } from '@/ui/form-field';
import { PageHeader } from '@/ui/page-header';
import { SubmitButton } from '@/ui/submit-button';
import { settingsFormSchema, type SettingsFormValues } from './settings-form-schema';

/** The console's own settings, kept in this browser (Genesys has no place for them). */
export function SettingsPage() {
  const current = usePhoneCountrySetting();
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<SettingsFormValues>({
    resolver: zodResolver(settingsFormSchema),
    defaultValues: { phoneCountry: current },
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) => {
    setPhoneCountrySetting(values.phoneCountry);
    form.reset(values);
    setSaved(phoneCountry(values.phoneCountry)?.name ?? values.phoneCountry);
  });
  return (
    <div className="page">
      <PageHeader title="Settings">
        <p className="muted">Kept in this browser for everyone who signs in here.</p>
      </PageHeader>
      <form className="form-grid" onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormField
          label="Country of national phone numbers"
          kind="select"
          error={errors.phoneCountry?.message}
          help={
            phoneCountryChosen()
              ? 'Numbers typed without + and a country code are read in this country: in forms, imports, bulk edits, the lists’ search and lookups. Every phone is then stored in E.164.'
              : 'Taken from this browser’s language until you choose. Numbers typed without + and a country code are read in this country: in forms, imports, bulk edits, the lists’ search and lookups.'
          }
        >
          {(control) => (
            <select {...control} {...form.register('phoneCountry')}>
              {PHONE_COUNTRIES.map((country) => (
                <option key={country.code} value={country.code}>
                  {country.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div>
          <SubmitButton pending={false} pendingLabel="Saving…">
            Save settings
          </SubmitButton>
        </div>
        {saved ? (
          <GuxInlineAlert accent="success">
            <div role="status">Saved: national numbers are read as {saved} numbers.</div>
          </GuxInlineAlert>
        ) : null}
      </form>
    </div>
  );
}
