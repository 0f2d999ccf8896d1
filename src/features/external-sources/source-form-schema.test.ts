import { describe, expect, it } from 'vitest';
import { sourceFieldFor, sourceFormSchema, sourceWriteBody } from './source-form-schema';

const valid = { name: 'Salesforce', active: true, uriTemplate: '', sampleId: '' };

const issuesOf = (values: object) => {
  const result = sourceFormSchema.safeParse({ ...valid, ...values });
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('external source form rules', () => {
  it('accepts a name alone and trims what is typed', () => {
    const parsed = sourceFormSchema.parse({
      ...valid,
      name: '  CRM  ',
      uriTemplate: ' https://crm.example.com/{{externalId}} ',
    });
    expect(parsed.name).toBe('CRM');
    expect(sourceWriteBody(parsed)).toEqual({
      name: 'CRM',
      active: true,
      linkConfiguration: { uriTemplate: 'https://crm.example.com/{{externalId}}' },
    });
  });

  it('sends no link configuration when the template is empty', () => {
    expect(sourceWriteBody(sourceFormSchema.parse(valid))).toEqual({
      name: 'Salesforce',
      active: true,
    });
  });

  it('requires a name, and refuses one over 200 characters', () => {
    expect(issuesOf({ name: '   ' })).toEqual({ name: 'Name is required.' });
    expect(issuesOf({ name: 'n'.repeat(201) }).name).toMatch(/200/);
    expect(issuesOf({ name: 'n'.repeat(200) })).toEqual({});
  });

  it('refuses a template that is not an http(s) URL or is over 400 characters', () => {
    for (const uriTemplate of [
      'javascript:alert(1)',
      'ftp://files.example.com/{{externalId}}',
      'crm.example.com/{{externalId}}',
      'https://',
    ]) {
      expect(issuesOf({ uriTemplate }), uriTemplate).toEqual({
        uriTemplate: 'Link URI template must be a URL starting with http:// or https://.',
      });
    }
    expect(issuesOf({ uriTemplate: `https://x.example/${'a'.repeat(400)}` }).uriTemplate).toMatch(
      /400/,
    );
  });

  it('places the API field names of a 400 on the form inputs', () => {
    expect(sourceFieldFor('name')).toBe('name');
    expect(sourceFieldFor('linkConfiguration.uriTemplate')).toBe('uriTemplate');
    expect(sourceFieldFor('linkConfiguration')).toBe('uriTemplate');
    expect(sourceFieldFor('selfUri')).toBeNull();
  });
});
