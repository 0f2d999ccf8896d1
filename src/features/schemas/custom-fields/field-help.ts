import type { SchemaField } from './custom-field-values';

/** The limits of a field in words, shown under its input so nobody learns them by failing. */
export function fieldConstraintText(field: SchemaField): string | undefined {
  const { definition, coreType } = field;
  const parts: string[] = [];
  const range = (low: number | undefined, high: number | undefined, unit: string) => {
    if (low !== undefined && high !== undefined) return `${low} to ${high} ${unit}`;
    if (high !== undefined) return `up to ${high} ${unit}`;
    if (low !== undefined) return `at least ${low} ${unit}`;
    return null;
  };
  switch (coreType) {
    case 'text':
    case 'longtext':
    case 'url':
    case 'identifier': {
      const text = range(definition.minLength, definition.maxLength, 'characters');
      if (text) parts.push(text);
      if (coreType === 'url') parts.push('starting with http:// or https://');
      break;
    }
    case 'integer':
    case 'number': {
      const { minimum, maximum } = definition;
      if (minimum !== undefined && maximum !== undefined) parts.push(`${minimum} to ${maximum}`);
      else if (minimum !== undefined) parts.push(`at least ${minimum}`);
      else if (maximum !== undefined) parts.push(`at most ${maximum}`);
      if (coreType === 'integer') parts.push('whole numbers');
      break;
    }
    case 'tag': {
      const count = range(definition.minItems, definition.maxItems, 'tags');
      if (count) parts.push(count);
      const each = range(definition.items?.minLength, definition.items?.maxLength, 'characters');
      if (each) parts.push(`each ${each}`);
      break;
    }
    default:
      break;
  }
  const limits = parts.length > 0 ? `${parts.join(', ')}.` : '';
  const text = [definition.description, limits ? limits[0]?.toUpperCase() + limits.slice(1) : '']
    .filter(Boolean)
    .join(' ');
  return text || undefined;
}
