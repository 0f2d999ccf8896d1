import { useId } from 'react';
import { useFormContext } from 'react-hook-form';
import type { FieldAction } from './bulk-edit-changes';
import type { BulkEditValues } from './bulk-edit-form-rules';

const ACTION_LABELS: Readonly<Record<FieldAction, string>> = {
  keep: 'Keep',
  set: 'Set',
  clear: 'Clear',
};

/**
 * Keep, Set or Clear for one field: a radio group named by the field (one tab stop, arrows to
 * choose). Clear is left out where the API needs a value (an organization's name) or where it
 * means nothing (a yes/no field: set it to no).
 */
export function ActionChoice({
  name,
  label,
  canClear,
}: {
  name: `actions.${string}` | `customActions.${string}`;
  label: string;
  canClear: boolean;
}) {
  const { register } = useFormContext<BulkEditValues>();
  const id = useId();
  const actions: FieldAction[] = canClear ? ['keep', 'set', 'clear'] : ['keep', 'set'];
  return (
    <div role="radiogroup" aria-labelledby={id} className="bulk-edit-choice">
      <span id={id} className="bulk-edit-choice-label">
        {label}
      </span>
      {actions.map((action) => (
        <label key={action}>
          <input type="radio" value={action} {...register(name)} /> {ACTION_LABELS[action]}
        </label>
      ))}
    </div>
  );
}
