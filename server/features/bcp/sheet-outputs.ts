// The BCP 確認表 as a file: print view or PDF (headless Chromium, queued fairly as every PDF is); members may read it.
import type { Deps } from '../../deps.ts';
import type { Caller } from '../caller.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import { type OutputFile, orgHeader, type PrintFormat, pdfFor, printed } from '../outputs/outputs.service.ts';
import { sheetOf, sheetYear } from './sheet.service.ts';
import { renderSheet } from './sheet-print.ts';

export async function sheetFile(deps: Deps, caller: Caller, orgId: string, yearRaw: unknown, format: PrintFormat): Promise<OutputFile> {
  const { org } = await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const now = deps.clock.now();
  const view = await sheetOf(deps.db, orgId, sheetYear(yearRaw, now), now);
  return printed(
    deps,
    `${org.name} ${view.fiscalYearLabel} ${view.title}`,
    renderSheet(orgHeader(org), view, now),
    format,
    `${view.fiscalYearLabel}_${view.title}_${org.slug}`,
    pdfFor(orgId, caller),
  );
}
