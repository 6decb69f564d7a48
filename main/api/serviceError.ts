import type { ApiError, ErrorCode } from '../../preload/contract';

/** Thrown by services for errors the user can act on; crosses the boundary as ApiError. */
export class ServiceError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }

  toApiError(): ApiError {
    return { code: this.code, message: this.message, ...(this.fieldErrors ? { fieldErrors: this.fieldErrors } : {}) };
  }
}

export const notFound = (what: string) => new ServiceError('NOT_FOUND', `${what} findes ikke (længere).`);
