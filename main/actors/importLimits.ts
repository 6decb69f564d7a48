import { said, ServiceError } from '../api/serviceError';

/**
 * Hard bounds on every import, so no file (a zip bomb, one huge cell, a sea of whitespace) can hold the
 * host's memory or time: rows are counted as they are read, not by the row numbers the file claims.
 */
export const importLimits = {
  rows: 20_000,
  /** Columns kept per row; cells further right are read past and dropped. */
  columns: 200,
  /** Excel's own limit per cell. */
  cellChars: 32_767,
  /** All characters kept from the file (cells and shared strings): about 32 MB in memory. */
  totalChars: 16_000_000,
  /** Bytes inflated from the .xlsx zip, all parts together. */
  inflatedBytes: 128 * 1024 * 1024,
  /** One XML tag (with its attributes). */
  tagChars: 8_192,
  parseMs: 20_000,
};
export type ImportLimits = typeof importLimits;

export const limitError = {
  rows: (l: ImportLimits) => new ServiceError('VALIDATION', said('import.rows', { max: l.rows })),
  cellChars: (l: ImportLimits) => new ServiceError('VALIDATION', said('import.cellChars', { max: l.cellChars })),
  totalChars: (l: ImportLimits) => new ServiceError('VALIDATION', said('import.totalChars', { max: l.totalChars })),
  inflatedBytes: (l: ImportLimits) =>
    new ServiceError('VALIDATION', said('import.inflatedBytes', { max: Math.round(l.inflatedBytes / 2 ** 20) })),
  tagChars: () => new ServiceError('VALIDATION', 'import.tagChars'),
  parseMs: (l: ImportLimits) => new ServiceError('VALIDATION', said('import.parseMs', { max: Math.round(l.parseMs / 1000) })),
  cancelled: () => new ServiceError('VALIDATION', 'import.cancelled'),
};

/** Budget of one parse: counts kept characters, watches the clock and the caller's cancel signal. */
export class ImportBudget {
  private chars = 0;
  private readonly deadline: number;
  constructor(
    readonly limits: ImportLimits = importLimits,
    private readonly signal?: AbortSignal,
  ) {
    this.deadline = performance.now() + limits.parseMs;
  }
  keep(chars: number): void {
    if (chars > this.limits.cellChars) throw limitError.cellChars(this.limits);
    this.chars += chars;
    if (this.chars > this.limits.totalChars) throw limitError.totalChars(this.limits);
  }
  check(): void {
    if (this.signal?.aborted) throw limitError.cancelled();
    if (performance.now() > this.deadline) throw limitError.parseMs(this.limits);
  }
}
