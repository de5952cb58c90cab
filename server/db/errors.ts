// What a database error means, the same on both engines (node-postgres and PGlite set `code` and
// `constraint`; drizzle may wrap the driver's error as its `cause`).

/** The write broke the unique index or constraint `name`: another row already holds the value. */
export function isUniqueViolation(err: unknown, name: string): boolean {
  for (const e of [err, (err as { cause?: unknown } | null)?.cause]) {
    const found = e as { code?: unknown; constraint?: unknown } | null | undefined;
    if (found?.code === '23505' && (found.constraint === undefined || found.constraint === name)) return true;
  }
  return String(err).includes(name);
}
