// The one refusal of an all-or-nothing import: how many rows have a problem, and the report with them.
import { AppError } from '../../lib/errors.ts';

export function rowsRejected<R extends { problems: { row: number }[] }>(report: R): AppError {
  const rows = new Set(report.problems.map((p) => p.row)).size;
  return new AppError(
    'IMPORT_ROWS_INVALID',
    `${rows} 行に問題があるため、何も取り込んでいません。ファイルを直してから、もう一度取り込んでください。`,
    { details: { rejected: report.problems, report } },
  );
}
