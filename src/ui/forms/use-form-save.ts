import { useRef, useState, type FormEvent } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { ApiError } from '@/api/api-error';

/** What went wrong with the last save, for the form's summary alert. */
export interface SaveFailure {
  message: string;
  /** True when the API named fields the form shows and their inputs now carry the message. */
  placedOnFields: boolean;
}

interface FormSaveOptions<Values extends FieldValues, Output> {
  form: UseFormReturn<Values, unknown, Output>;
  save: (values: Output) => Promise<unknown>;
  /** The form input an API `details[].fieldName` belongs to, or null when the form lacks it. */
  fieldFor?: (apiFieldName: string) => Path<Values> | null;
  /** Said when the failure is not an API error (a bug, an aborted request). */
  fallbackMessage: string;
  /** Said when the form's own validation stops the save; unset leaves the field messages alone. */
  invalidMessage?: string;
}

/**
 * Every form's save, once: a second submit while the first is on its way sends nothing (a ref,
 * so even two clicks within one render are caught); an API error's field details land on the
 * inputs they name; what the user typed is never reset by a failure.
 */
export function useFormSave<Values extends FieldValues, Output>({
  form,
  save,
  fieldFor,
  fallbackMessage,
  invalidMessage,
}: FormSaveOptions<Values, Output>) {
  const sending = useRef(false);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [pending, setPending] = useState(false);

  const run = async (values: Output) => {
    if (sending.current) return;
    sending.current = true;
    setPending(true);
    setFailure(null);
    try {
      await save(values);
    } catch (error) {
      const message =
        error instanceof ApiError || error instanceof Error ? error.message : fallbackMessage;
      let placedOnFields = false;
      if (error instanceof ApiError && fieldFor) {
        for (const detail of error.details) {
          const field = detail.fieldName ? fieldFor(detail.fieldName) : null;
          if (!field) continue;
          form.setError(field, { type: 'server', message });
          placedOnFields = true;
        }
      }
      setFailure({ message, placedOnFields });
    } finally {
      sending.current = false;
      setPending(false);
    }
  };

  const onSubmit = (event?: FormEvent<HTMLFormElement>) =>
    void form.handleSubmit(run, () => {
      if (invalidMessage) setFailure({ message: invalidMessage, placedOnFields: true });
    })(event);

  return {
    onSubmit,
    failure,
    clearFailure: () => setFailure(null),
    pending: pending || form.formState.isSubmitting,
  };
}
