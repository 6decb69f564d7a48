/**
 * Feature SQL has one parameter style, `?`. PostgreSQL wants `$1, $2, …`: this rewrites the `?`s that
 * stand outside string literals, quoted identifiers and comments. SQL that already numbers its
 * parameters (TypeORM's own) is left as it is.
 */
export function numberPlaceholders(sql: string): string {
  if (!sql.includes('?') || /\$1\b/.test(sql)) return sql;
  let out = '';
  let n = 0;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]!;
    if (c === "'" || c === '"') {
      const end = closing(sql, i, c);
      out += sql.slice(i, end);
      i = end - 1;
    } else if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end === -1 ? sql.length : end;
      out += sql.slice(i, stop);
      i = stop - 1;
    } else if (c === '?') {
      out += `$${++n}`;
    } else {
      out += c;
    }
  }
  return out;
}

/** Index just past the literal that opens at `start` (a doubled quote stays inside). */
function closing(sql: string, start: number, quote: string): number {
  for (let i = start + 1; i < sql.length; i++) {
    if (sql[i] === quote) {
      if (sql[i + 1] === quote) i++;
      else return i + 1;
    }
  }
  return sql.length;
}
