// Made on first use: building a DateTimeFormat loads locale data, tens of milliseconds the first
// time, and the contacts list (the first screen) shows no dates unless its columns ask for them.
let dateTimeFormat: Intl.DateTimeFormat | undefined;

/** A date and time from the API, in the user's locale; an unreadable one is shown as it came. */
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
