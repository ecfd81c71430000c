import type { EntityManager } from 'typeorm';

export function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * One multi-row INSERT (PostgreSQL takes at most 65,535 parameters: callers chunk the rows). Returns how many rows a
 * `RETURNING` clause in `onConflict` produced (0 without one).
 */
export async function insertRows(tx: EntityManager, table: string, columns: string[], rows: unknown[][], onConflict = ''): Promise<number> {
  if (rows.length === 0) return 0;
  const params: unknown[] = [];
  const values = rows.map((row) => `(${row.map((value) => (params.push(value), `$${params.length}`)).join(', ')})`);
  const result = (await tx.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')} ${onConflict}`, params)) as unknown;
  return Array.isArray(result) ? result.length : 0;
}

/** Inserts many rows in chunks sized to the parameter limit; `onConflict` is appended to each INSERT. */
export async function insertMany(tx: EntityManager, table: string, columns: string[], rows: unknown[][], onConflict = ''): Promise<number> {
  const size = Math.max(1, Math.floor(60_000 / columns.length));
  let returned = 0;
  for (const chunk of chunks(rows, size)) returned += await insertRows(tx, table, columns, chunk, onConflict);
  return returned;
}
