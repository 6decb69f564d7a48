import { describe, expect, it } from 'vitest';
import { migrations } from '../../db/migrations';

describe('the migration list', () => {
  it('is in the order TypeORM runs it (by timestamp), so migrateTo: n means the first n that run', () => {
    const stamps = migrations.map((m) => Number(/(\d{13})$/.exec(m.name)![1]));
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
  });
});
