import { GuxFormFieldSelect } from 'genesys-spark-components-react';
import { useId, type ReactNode } from 'react';
import './inline-select.css';

/**
 * A Spark select with its label beside it, for toolbars and filters (rows per page, a status
 * filter): the native <select> is slotted, so it keeps its label, keyboard and form behaviour.
 */
export function InlineSelect({
  label,
  value,
  onChange,
  disabled,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
  /** The <option>s. */
  children: ReactNode;
}) {
  const id = useId();
  return (
    <GuxFormFieldSelect labelPosition="beside" indicatorMark="required" className="inline-select">
      <select
        slot="input"
        id={id}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
      <label slot="label" htmlFor={id}>
        {label}
      </label>
    </GuxFormFieldSelect>
  );
}
