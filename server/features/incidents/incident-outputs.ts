// The incident report as a file: print view, PDF (headless Chromium, queued fairly as every PDF is)
// or plain text; members may read it, and the CLI uses the same builders with its local authority.
import type { Deps } from '../../deps.ts';
import type { PdfRequester } from '../../lib/pdf.ts';
import type { Caller } from '../caller.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import type { OrgRow } from '../orgs/orgs.repo.ts';
import { type OutputFile, orgHeader, pdfFor, printed } from '../outputs/outputs.service.ts';
import { incidentReportText, renderIncidentReport } from './incident-report.ts';
import { incidentOf } from './incidents.service.ts';

export type ReportFormat = 'print' | 'pdf' | 'text';

export async function incidentReportFile(
  deps: Deps,
  org: OrgRow,
  ref: string,
  format: ReportFormat,
  requester: PdfRequester,
): Promise<OutputFile> {
  const now = deps.clock.now();
  const view = await incidentOf(deps.db, org.id, ref, now);
  const stem = `インシデント${view.incident.no}_報告_${org.slug}`;
  if (format === 'text')
    return {
      body: Buffer.from(incidentReportText(orgHeader(org), view, now), 'utf8'),
      contentType: 'text/plain; charset=utf-8',
      fileName: `${stem}.txt`,
      inline: false,
    };
  return printed(
    deps,
    `${org.name} インシデント ${view.incident.no} 報告`,
    renderIncidentReport(orgHeader(org), view, now),
    format,
    stem,
    requester,
  );
}

export async function incidentReport(deps: Deps, caller: Caller, orgId: string, ref: string, format: ReportFormat) {
  const { org } = await authorizeOrg(deps.db, caller, orgId, 'org.read');
  return incidentReportFile(deps, org, ref, format, pdfFor(orgId, caller));
}
