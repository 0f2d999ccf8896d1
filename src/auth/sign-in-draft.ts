import { useEffect } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

/**
 * A form's unsaved input, kept across the trip to the login host when the token runs out while
 * someone is typing: saved in this tab's sessionStorage just before the console leaves for
 * sign-in, given back once to the same form on the same page, then removed. Only what the form
 * itself shows is kept (never a token), and only until the form has it back.
 */
interface SavedDraft {
  path: string;
  key: string;
  values: FieldValues;
}

const DRAFT_KEY = 'ecc.signInDraft';

interface DraftSource {
  key: string;
  path: string;
  values: () => FieldValues | null;
}

const sources = new Set<DraftSource>();

/** Called when the console leaves the page for sign-in: keeps the input of the open form. */
export function keepDraftsForSignIn(storage: Storage = sessionStorage): void {
  for (const source of sources) {
    const values = source.values();
    if (values === null) continue;
    const draft: SavedDraft = { path: source.path, key: source.key, values };
    storage.setItem(DRAFT_KEY, JSON.stringify(draft));
    return;
  }
}

/** The draft saved for this form on this page, if any; it is removed as it is read. */
export function takeDraft(
  key: string,
  path: string,
  storage: Storage = sessionStorage,
): FieldValues | null {
  const raw = storage.getItem(DRAFT_KEY);
  if (raw === null) return null;
  try {
    const draft = JSON.parse(raw) as Partial<SavedDraft> | null;
    if (draft?.key !== key || draft.path !== path) return null;
    storage.removeItem(DRAFT_KEY);
    return typeof draft.values === 'object' && draft.values !== null ? draft.values : null;
  } catch {
    storage.removeItem(DRAFT_KEY);
    return null;
  }
}

/**
 * Lets a form's input survive a sign-in redirect: registers the form while it is open, and puts
 * back a draft kept for it (as changes: the form stays dirty, so leaving still asks first).
 */
export function useSignInDraft<Values extends FieldValues>(
  form: UseFormReturn<Values, unknown, Values>,
  key: string,
): void {
  useEffect(() => {
    const path = window.location.pathname;
    const draft = takeDraft(key, path);
    if (draft) form.reset(draft as Values, { keepDefaultValues: true });
    const source: DraftSource = {
      key,
      path,
      values: () => (form.formState.isDirty ? form.getValues() : null),
    };
    sources.add(source);
    return () => {
      sources.delete(source);
    };
  }, [form, key]);
}
