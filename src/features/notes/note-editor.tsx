import { zodResolver } from '@hookform/resolvers/zod';
import { GuxButtonSlot, GuxInlineAlert } from 'genesys-spark-components-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { ApiError } from '@/api/api-error';
import { formatCount } from './format';
import { MAX_NOTE_TEXT, noteFormSchema, type NoteFormValues } from './note-form-schema';

interface NoteEditorProps {
  /** The textarea's label; "New note" for the add form (other screens and tests rely on it). */
  label: string;
  submitLabel: string;
  pendingLabel: string;
  initialText: string;
  /** Sends the text; resolves when saved, rejects with the API's error. */
  onSave: (noteText: string) => Promise<unknown>;
  /** Called on every change, so a draft can be kept. */
  onTextChange?: (text: string) => void;
  onCancel?: () => void;
  cancelLabel?: string;
  /** After a successful save the add form empties; an edit form closes instead. */
  resetOnSave?: boolean;
}

/**
 * The note form: RHF + zod with the API's limits, a live character count, a 400 on noteText
 * lands on the field, a failed save keeps the text, and a double click sends once.
 */
export function NoteEditor({
  label,
  submitLabel,
  pendingLabel,
  initialText,
  onSave,
  onTextChange,
  onCancel,
  cancelLabel = 'Cancel',
  resetOnSave = false,
}: NoteEditorProps) {
  const id = useId();
  const countId = `${id}-count`;
  const errorId = `${id}-error`;
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    formState: { errors, isSubmitting },
  } = useForm<NoteFormValues>({
    resolver: zodResolver(noteFormSchema),
    defaultValues: { noteText: initialText },
  });
  const [failure, setFailure] = useState<string | null>(null);
  const sending = useRef(false);
  const length = useWatch({ control, name: 'noteText' }).length;
  const over = length > MAX_NOTE_TEXT;

  const save = async ({ noteText }: NoteFormValues) => {
    if (sending.current) return;
    sending.current = true;
    setFailure(null);
    try {
      await onSave(noteText);
      if (resetOnSave) reset({ noteText: '' });
    } catch (error) {
      const message = error instanceof Error ? error.message : 'The note could not be saved.';
      if (error instanceof ApiError && error.fieldErrors().noteText) {
        setError('noteText', { type: 'server', message });
      } else {
        setFailure(`${message} Your text is kept: try again.`);
      }
    } finally {
      sending.current = false;
    }
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => void handleSubmit(save)(event);
  const fieldError = errors.noteText?.message;
  const { onChange, ...field } = register('noteText');

  return (
    <form className="note-editor" onSubmit={onSubmit} noValidate>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={4}
        aria-invalid={Boolean(fieldError)}
        aria-describedby={fieldError ? `${errorId} ${countId}` : countId}
        {...field}
        onChange={(event) => {
          void onChange(event);
          onTextChange?.(event.target.value);
        }}
      />
      <p id={countId} className={over ? 'note-count over' : 'note-count'}>
        {formatCount(length)} of {formatCount(MAX_NOTE_TEXT)} characters
      </p>
      {fieldError ? (
        <p id={errorId} className="field-error" role="alert">
          {fieldError}
        </p>
      ) : null}
      {failure ? (
        <GuxInlineAlert accent="error">
          <div role="alert">{failure}</div>
        </GuxInlineAlert>
      ) : null}
      <div className="note-editor-actions">
        <GuxButtonSlot accent="primary">
          <button type="submit" disabled={isSubmitting}>
            {isSubmitting ? pendingLabel : submitLabel}
          </button>
        </GuxButtonSlot>
        {onCancel ? (
          <GuxButtonSlot accent="secondary">
            <button type="button" onClick={onCancel} disabled={isSubmitting}>
              {cancelLabel}
            </button>
          </GuxButtonSlot>
        ) : null}
        {resetOnSave && length > 0 ? (
          <GuxButtonSlot accent="secondary">
            <button
              type="button"
              disabled={isSubmitting}
              onClick={() => {
                reset({ noteText: '' });
                setFailure(null);
                onTextChange?.('');
              }}
            >
              Discard draft
            </button>
          </GuxButtonSlot>
        ) : null}
      </div>
    </form>
  );
}
