import { GuxButtonSlot } from 'genesys-spark-components-react';
import { useEffect, useRef } from 'react';
import type { CoreTypeLimitsByName, SchemaQuantityLimits } from '@/models/data-schema';
import type { SchemaEntity } from '../api';
import { FieldEditor } from './field-editor';
import type { LocatedProblem } from './schema-draft-form';

/**
 * The side panel of the one field being edited. It takes focus (its title input) when it opens
 * on another field, and Escape or Close hands focus back to the field's row in the list.
 */
export function FieldPanel({
  id,
  index,
  fieldId,
  title,
  saved,
  entity,
  readOnly,
  attempted,
  coreTypes,
  limits,
  problems,
  onClose,
  onRemove,
}: {
  id: string;
  index: number;
  /** The field's row id: focus moves in when it changes. */
  fieldId: string;
  title: string;
  /** The field is in the saved version (its key and type are locked). */
  saved: boolean;
  entity: SchemaEntity;
  readOnly: boolean;
  attempted: boolean;
  coreTypes: CoreTypeLimitsByName;
  limits: SchemaQuantityLimits | undefined;
  problems: LocatedProblem[];
  onClose: () => void;
  onRemove: () => void;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input:not([readonly]), select, textarea')?.focus();
  }, [fieldId]);
  // Escape anywhere in the panel closes it (a keyboard user's way back to the list). Listened to
  // natively: the panel is a region, not a widget, so it takes no React key handler.
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    const panel = ref.current;
    if (!panel) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      close.current();
    };
    panel.addEventListener('keydown', onKeyDown);
    return () => panel.removeEventListener('keydown', onKeyDown);
  }, []);
  const name = title || 'Untitled field';
  return (
    <section ref={ref} id={id} className="field-panel" aria-labelledby={`${id}-title`}>
      <div className="schema-box-head">
        <h2 id={`${id}-title`}>
          {readOnly ? 'Field' : 'Edit field'} {index + 1}: {name}
        </h2>
        <span className="push">
          <GuxButtonSlot accent="secondary">
            <button type="button" onClick={onClose}>
              Close
            </button>
          </GuxButtonSlot>
        </span>
      </div>
      <FieldEditor
        index={index}
        readOnly={readOnly}
        attempted={attempted}
        coreTypes={coreTypes}
        limits={limits}
        problems={problems}
      />
      {!readOnly ? (
        <>
          {saved ? (
            <p className="panel-note" id={`${id}-remove-note`}>
              This field is in the saved schema. Genesys advises against deleting saved fields: the
              next version no longer has it, so the {entity} form stops offering it and{' '}
              {entity === 'contact' ? 'a contact' : 'an organization'} saved again loses its value (
              {entity}s not saved again keep it, shown under its key). To retire one value of a
              list, disable that value instead; to stop offering the whole schema, untick{' '}
              <strong>Enabled</strong>.
            </p>
          ) : null}
          <div className="inline-actions">
            <GuxButtonSlot accent={saved ? 'danger' : 'secondary'}>
              <button
                type="button"
                onClick={onRemove}
                aria-describedby={saved ? `${id}-remove-note` : undefined}
              >
                {saved ? 'Remove saved field' : 'Remove field'}
              </button>
            </GuxButtonSlot>
          </div>
        </>
      ) : null}
    </section>
  );
}
