const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** A date and time in the reader's locale; an unparsable value is shown as the API sent it. */
export function formatWhen(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

const countFormat = new Intl.NumberFormat('en-US');
export const formatCount = (value: number): string => countFormat.format(value);
