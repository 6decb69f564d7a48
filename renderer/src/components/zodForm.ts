import i18n from 'i18next';
import type { z } from 'zod';
import { translateMessage } from '../../../preload/contract/validationMessages';
import { ApiClientError } from '../api/client';

/** Mantine form validation with the contract's own schema, so screen and main agree on every rule. */
export function zodValidate<S extends z.ZodType>(schema: S) {
  return (values: unknown): Record<string, string> => {
    const parsed = schema.safeParse(values);
    if (parsed.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.map(String).join('.');
      errors[key] ??= translateMessage(issue.message, i18n.language === 'en' ? 'en' : 'da');
    }
    return errors;
  };
}

/** Field errors from main, in the shape Mantine's setErrors takes. */
export function serverFieldErrors(err: unknown, prefix = ''): Record<string, string> | null {
  if (!(err instanceof ApiClientError) || !err.apiError.fieldErrors) return null;
  const out: Record<string, string> = {};
  for (const [k, msgs] of Object.entries(err.apiError.fieldErrors)) out[k.startsWith(prefix) ? k.slice(prefix.length) : k] = msgs[0] ?? '';
  return out;
}

/** Main's field errors land on their fields; anything else becomes a notification. */
export function showSaveError(err: unknown, setErrors: (errors: Record<string, string>) => void, onOtherError: (err: unknown) => void, prefix = ''): void {
  const fields = serverFieldErrors(err, prefix);
  if (fields) setErrors(fields);
  else onOtherError(err);
}

interface SubmitTarget<V, T> {
  /** Saves the values; `isUpdate` decides whether main's field errors carry the "data." prefix. */
  save: (values: V) => Promise<T>;
  isUpdate: boolean;
  setErrors: (errors: Record<string, string>) => void;
  onSaved: (saved: T) => void | Promise<void>;
}

/** The one save path of every form: save, then done; field errors from main land on their fields. */
export function submitWith<V, T>({ save, isUpdate, setErrors, onSaved }: SubmitTarget<V, T>, onOtherError: (err: unknown) => void) {
  return async (values: V) => {
    try {
      await onSaved(await save(values));
    } catch (err) {
      showSaveError(err, setErrors, onOtherError, isUpdate ? 'data.' : '');
    }
  };
}
