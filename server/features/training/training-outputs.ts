// The year's 教育・訓練の記録 as a file: print view or PDF (headless Chromium, queued fairly as every PDF
// is); members may read it.
import type { Deps } from '../../deps.ts';
import type { Caller } from '../caller.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import { type OutputFile, orgHeader, type PrintFormat, pdfFor, printed } from '../outputs/outputs.service.ts';
import { trainingYearOf, trainingYearParam } from './training.service.ts';
import { renderTrainingRecord } from './training-print.ts';

export async function trainingRecord(
  deps: Deps,
  caller: Caller,
  orgId: string,
  yearRaw: string | undefined,
  format: PrintFormat,
): Promise<OutputFile> {
  const { org } = await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const now = deps.clock.now();
  const year = await trainingYearOf(deps.db, orgId, trainingYearParam(yearRaw, now));
  const label = year.fiscalYear.label;
  return printed(
    deps,
    `${org.name} ${label} 教育・訓練の記録`,
    renderTrainingRecord(orgHeader(org), year, now),
    format,
    `${label}_教育・訓練の記録_${org.slug}`,
    pdfFor(orgId, caller),
  );
}
