const countFormat = new Intl.NumberFormat('en-US');
/** Counts with thousands separators, the same in every locale (the API's limits are written so). */
export const formatCount = (value: number): string => countFormat.format(value);
