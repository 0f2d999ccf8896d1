import type { ExternalContact, PhoneNumber } from './contact-model';

/**
 * A person's name as people write it, or the best thing to call the record by when it has none
 * (observed contacts often hold only an email or a phone).
 */
export function contactName(contact: ExternalContact): string {
  const name = [contact.firstName, contact.middleName, contact.lastName]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
  if (name) return name;
  return (
    contact.workEmail ||
    contact.personalEmail ||
    contact.otherEmail ||
    primaryPhone(contact) ||
    contact.twitterId?.screenName ||
    'Unnamed contact'
  );
}

/** The phone as the API shows it (international when it could normalise it), with the extension. */
export function phoneDisplay(phone: PhoneNumber | undefined): string {
  if (!phone) return '';
  const number = phone.display?.trim() || phone.e164 || phone.userInput || '';
  if (!number) return '';
  return phone.extension !== undefined && phone.extension !== null
    ? `${number} ext. ${phone.extension}`
    : number;
}

const PHONE_FIELDS = ['workPhone', 'cellPhone', 'homePhone', 'otherPhone'] as const;

/** The first phone a contact has, for a one-column list. */
export function primaryPhone(contact: ExternalContact): string {
  for (const field of PHONE_FIELDS) {
    const shown = phoneDisplay(contact[field]);
    if (shown) return shown;
  }
  return '';
}

// Made on first use: building a DateTimeFormat loads locale data, tens of milliseconds the first
// time, and the contacts list (the first screen) shows no dates unless its columns ask for them.
let dateTimeFormat: Intl.DateTimeFormat | undefined;

export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  dateTimeFormat ??= new Intl.DateTimeFormat(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return dateTimeFormat.format(date);
}
