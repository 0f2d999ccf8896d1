import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { formatCount } from '@/ui/format';
import { SaveFailureAlert } from '@/ui/forms/save-failure-alert';
import { useFormSave } from '@/ui/forms/use-form-save';
import { SubmitButton } from '@/ui/submit-button';
import { MAX_NOTE_TEXT, noteFormSchema, type NoteFormValues } from './note-form-schema';
import { ActionButton } from '@/ui/action-button';

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
  const form = useForm<NoteFormValues>({
    resolver: zodResolver(noteFormSchema),
    defaultValues: { noteText: initialText },
  });
  const { register, reset, control } = form;
  const { errors } = form.formState;
  const length = useWatch({ control, name: 'noteText' }).length;
  const over = length > MAX_NOTE_TEXT;
  const { onSubmit, failure, clearFailure, pending } = useFormSave({
    form,
    save: async ({ noteText }: NoteFormValues) => {
      await onSave(noteText);
      if (resetOnSave) reset({ noteText: '' });
    },
    // A 400 about the text lands on the textarea; anything else is said above the buttons.
    fieldFor: (name) => (name === 'noteText' ? 'noteText' : null),
    fallbackMessage: 'The note could not be saved.',
  });
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
      {failure?.placedOnFields ? null : (
        <SaveFailureAlert failure={failure} suffix="Your text is kept: try again." />
      )}
      <div className="note-editor-actions">
        <SubmitButton pending={pending} pendingLabel={pendingLabel}>
          {submitLabel}
        </SubmitButton>
        {onCancel ? (
          <ActionButton onClick={onCancel} disabled={pending}>
            {cancelLabel}
          </ActionButton>
        ) : null}
        {resetOnSave && length > 0 ? (
          <ActionButton
            disabled={pending}
            onClick={() => {
              reset({ noteText: '' });
              clearFailure();
              onTextChange?.('');
            }}
          >
            Discard draft
          </ActionButton>
        ) : null}
      </div>
    </form>
  );
}
