// A loggable summary of an unexpected error. Drizzle's query errors carry the SQL parameters in
// their message (password hashes, personal data): only the driver's own message and code are kept.
export function errorSummary(err: unknown): { name: string; message: string; code?: string; stack?: string } {
  const e = err as Error & { code?: string; cause?: unknown };
  if (e?.message?.startsWith('Failed query:')) {
    const cause = e.cause as (Error & { code?: string }) | undefined;
    // PostgreSQL quotes offending input values after a colon: drop them, keep the rest
    const message = (cause?.message ?? 'database query failed').replace(/:\s*".*$/s, ': "…"');
    return { name: 'DatabaseError', message, code: cause?.code };
  }
  return { name: e?.name ?? 'Error', message: e?.message ?? String(err), code: e?.code, stack: e?.stack };
}
