import { describe, expect, it } from 'vitest';
import type { JsonSchemaDocument } from '@/models/data-schema';
import { sideBySide } from './version-diff';

const ref = (type: string) => [{ $ref: `#/definitions/${type}` }];

const tier = {
  allOf: ref('enum'),
  title: 'Tier',
  enum: ['gold', 'tin'],
  _enumProperties: { gold: { title: 'Gold' } },
};

const v1: JsonSchemaDocument = {
  properties: {
    code_text: { allOf: ref('text'), title: 'Code', maxLength: 5 },
    tier_enum: tier,
    old_date: { allOf: ref('date'), title: 'Old' },
  },
  required: ['code_text'],
};

// Version 2: Code as it was, Tier with tin disabled, Old removed, Seats added, nothing required.
const { old_date: _removed, ...kept } = v1.properties;
const v2: JsonSchemaDocument = {
  properties: {
    ...kept,
    tier_enum: {
      ...tier,
      _enumProperties: { gold: { title: 'Gold' }, tin: { _disabled: true } },
    },
    seats_integer: { allOf: ref('integer'), title: 'Seats', minimum: 1 },
  },
  required: [],
};

describe('sideBySide', () => {
  const rows = sideBySide(
    { name: 'Customer', enabled: true, jsonSchema: v1 },
    { name: 'Customer', enabled: false, jsonSchema: v2 },
  );
  const byKey = (key: string) => rows.find((row) => row.key === key);

  it('puts the schema first, then the newer order, removed fields last', () => {
    expect(rows.map((row) => `${row.key || 'schema'}:${row.status}`)).toEqual([
      'schema:changed',
      'code_text:changed',
      'tier_enum:changed',
      'seats_integer:added',
      'old_date:removed',
    ]);
  });

  it('marks each changed attribute on both sides, in words', () => {
    const schema = rows[0]!;
    expect(schema.after?.find((line) => line.label === 'Enabled')).toEqual({
      label: 'Enabled',
      value: 'No',
      mark: 'changed',
    });
    const code = byKey('code_text')!;
    expect(code.before?.find((line) => line.label === 'Required')?.value).toBe('Yes');
    expect(code.after?.find((line) => line.label === 'Required')).toEqual({
      label: 'Required',
      value: 'No',
      mark: 'changed',
    });
    expect(code.after?.find((line) => line.label === 'Maximum length')?.mark).toBe('same');
    expect(byKey('tier_enum')?.after?.find((line) => line.label === 'Values')).toEqual({
      label: 'Values',
      value: 'gold (Gold), tin (disabled)',
      mark: 'changed',
    });
  });

  it('gives an added field no left side and a removed one no right side', () => {
    expect(byKey('seats_integer')?.before).toBeNull();
    expect(byKey('seats_integer')?.after?.map((line) => `${line.label}=${line.value}`)).toEqual([
      'Type=Whole number (integer)',
      'Required=No',
      'Title=Seats',
      'Minimum=1',
    ]);
    expect(byKey('old_date')?.after).toBeNull();
  });

  it('finds nothing between a version and itself', () => {
    const same = sideBySide(
      { name: 'A', enabled: true, jsonSchema: v1 },
      { name: 'A', enabled: true, jsonSchema: v1 },
    );
    expect(same.every((row) => row.status === 'unchanged')).toBe(true);
  });
});
