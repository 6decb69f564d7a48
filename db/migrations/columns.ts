import type { TableColumnOptions } from 'typeorm';

/** Portable column builders for migrations (no SQLite-only types). */
export const col = {
  id: (): TableColumnOptions => ({ name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' }),
  str: (name: string, length: number, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable }),
  text: (name: string, nullable = true): TableColumnOptions => ({ name, type: 'text', isNullable: nullable }),
  int: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable }),
  date: (name: string, nullable = true): TableColumnOptions => ({ name, type: 'varchar', length: '10', isNullable: nullable }),
  bool: (name: string): TableColumnOptions => ({ name, type: 'boolean', isNullable: false, default: false }),
  stamp: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '30', isNullable: nullable }),
};

export const auditCols = (): TableColumnOptions[] => [col.stamp('created_at'), col.stamp('updated_at'), col.stamp('deleted_at', true)];
