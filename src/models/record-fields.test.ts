import { describe, expect, it } from 'vitest';
import { contactName, CONTACT_FIELDS } from './contact-fields';
import { formatDateTime } from './format-date';
import { phoneDisplay, primaryPhone } from './record-fields';

describe('contactName', () => {
  it('joins the name parts that exist', () => {
    expect(contactName({ id: '1', firstName: 'Ada', middleName: ' ', lastName: 'Lovelace' })).toBe(
      'Ada Lovelace',
    );
    expect(contactName({ id: '1', firstName: 'Ada', middleName: 'K', lastName: 'L' })).toBe(
      'Ada K L',
    );
  });

  it('falls back to an email, a phone, then a generic label', () => {
    expect(contactName({ id: '1', personalEmail: 'a@b.co' })).toBe('a@b.co');
    expect(contactName({ id: '1', cellPhone: { display: '+1 317-222-2222' } })).toBe(
      '+1 317-222-2222',
    );
    expect(contactName({ id: '1' })).toBe('Unnamed contact');
  });
});

describe('phoneDisplay', () => {
  it('shows the display form, with the extension', () => {
    expect(phoneDisplay({ display: '+1 317-222-2222', e164: '+13172222222' })).toBe(
      '+1 317-222-2222',
    );
    expect(phoneDisplay({ display: '+1 317-222-2222', extension: 12 })).toBe(
      '+1 317-222-2222 ext. 12',
    );
  });

  it('falls back to E.164 or the raw input, and is empty without a phone', () => {
    expect(phoneDisplay({ e164: '+13172222222' })).toBe('+13172222222');
    expect(phoneDisplay({ userInput: '317 222' })).toBe('317 222');
    expect(phoneDisplay(undefined)).toBe('');
    expect(phoneDisplay({})).toBe('');
  });

  it('picks the first phone a contact has', () => {
    expect(
      primaryPhone(
        { id: '1', homePhone: { display: '2' }, otherPhone: { display: '3' } },
        CONTACT_FIELDS,
      ),
    ).toBe('2');
  });
});

describe('formatDateTime', () => {
  it('formats ISO dates and passes bad ones through', () => {
    expect(formatDateTime('2024-05-01T10:00:00.000Z')).toMatch(/2024/);
    expect(formatDateTime('not a date')).toBe('not a date');
    expect(formatDateTime(undefined)).toBe('');
  });
});
