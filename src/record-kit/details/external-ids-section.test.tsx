import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { expandedSource, ExternalIdValueCell, sourceLabel } from './external-ids-section';

const source = (uriTemplate: string, active = true) => ({
  id: 's1',
  name: 'Salesforce',
  active,
  linkConfiguration: { uriTemplate },
});

const cell = (value: string, state: Parameters<typeof ExternalIdValueCell>[0]['source']) =>
  renderToStaticMarkup(<ExternalIdValueCell value={value} source={state} />);

describe('an external id on a record page', () => {
  it('links an active source, id encoded, in a new tab without opener or referrer', () => {
    expect(cell('A 1/2', source('https://crm.example.com/r/{{externalId}}'))).toBe(
      'A 1/2 <a href="https://crm.example.com/r/A%201%2F2" target="_blank" rel="noopener noreferrer" class="external-id-link">Open in Salesforce (new tab)</a>',
    );
  });

  it('shows the id alone for an inactive source, one without a template, or one still loading', () => {
    expect(cell('A-1', source('https://crm.example.com/r/{{externalId}}', false))).toBe('A-1');
    expect(cell('A-1', { id: 's1', name: 'Salesforce', active: true })).toBe('A-1');
    expect(cell('A-1', undefined)).toBe('A-1');
    expect(cell('A-1', null)).toBe('A-1');
  });

  it('never renders a javascript: or data: link, whatever the API holds', () => {
    expect(cell('A-1', source('javascript:alert(1)//{{externalId}}'))).toBe('A-1');
    expect(cell('A-1', source('data:text/html,<script>alert(1)</script>'))).toBe('A-1');
    expect(cell('<b>x</b>', source('https://crm.example.com/{{externalId}}'))).not.toContain('<b>');
  });

  it('names the id by its source, and says when the source was deleted', () => {
    const ref = { externalSource: { id: 's1' }, value: 'A-1' };
    expect(sourceLabel(ref, source('https://x.example/'))).toBe('Salesforce');
    expect(sourceLabel(ref, null)).toBe('s1 (deleted source)');
    expect(sourceLabel(ref, undefined)).toBe('External id');
  });
});

describe('a source the record brought with expand=externalSources', () => {
  it('is used as the source, so it need not be read again', () => {
    const expanded = source('https://crm.example.com/r/{{externalId}}', false);
    expect(expandedSource({ externalSource: expanded, value: 'A-1' })).toEqual(expanded);
  });

  it('is not taken from a bare reference, even one with a name', () => {
    expect(expandedSource({ externalSource: { id: 's1' }, value: 'A-1' })).toBeUndefined();
    expect(
      expandedSource({ externalSource: { id: 's1', name: 'CRM', selfUri: '/x' }, value: 'A-1' }),
    ).toBeUndefined();
    expect(expandedSource({ value: 'A-1' })).toBeUndefined();
  });
});
