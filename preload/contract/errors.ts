/** The one error shape that crosses the boundary (IPC and HTTP alike). */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNKNOWN_CHANNEL'
  /** The disk is full or the data file cannot be written (read-only folder, permissions). */
  | 'STORAGE'
  | 'INTERNAL';

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Field path (dot-joined) → messages, for forms. */
  fieldErrors?: Record<string, string[]>;
  /** A save on an older version (issue 16): who saved since, when, and the version now stored. The form offers to reload. */
  stale?: { by: string | null; at: string | null; version: number };
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiError).code === 'string' &&
    typeof (value as ApiError).message === 'string'
  );
}
