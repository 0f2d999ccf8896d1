import { GuxButtonSlot } from 'genesys-spark-components-react';
import type { ButtonHTMLAttributes, ComponentProps } from 'react';

type Accent = ComponentProps<typeof GuxButtonSlot>['accent'];

/**
 * A button that acts (not a form's submit): Spark's look on a native button, which keeps the
 * browser's focus, keyboard and accessible name (a GuxButton's own button lives in its shadow DOM).
 */
export function ActionButton({
  accent = 'secondary',
  children,
  ...button
}: { accent?: Accent } & Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'>) {
  return (
    <GuxButtonSlot accent={accent}>
      <button type="button" {...button}>
        {children}
      </button>
    </GuxButtonSlot>
  );
}
