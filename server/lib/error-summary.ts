// A loggable summary of an unexpected error. Drizzle's query errors carry the SQL parameters in
// their message (password hashes, personal data): only the driver's own message and code are kept.
export function errorSummary(err: unknown): { name: string; message: string; code?: string; stack?: string } {
  const e = err as Error & { code?: string; cause?: unknown };
  if (e?.message?.startsWith('Failed query:')) {
    const cause = e.cause as (Error & { code?: string }) | undefined;
    return { name: 'DatabaseError', message: cause?.message ?? 'database query failed', code: cause?.code };
  }
  return { name: e?.name ?? 'Error', message: e?.message ?? String(err), code: e?.code, stack: e?.stack };
}
