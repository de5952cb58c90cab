// A submission printed exactly as submitted: the inspection pack (cover with the readiness by the
// 手引き, every form, the 連絡体制図) rendered from the frozen snapshot — never from today's records —
// under a line naming the submission (number, time, who, sha256). Print view or PDF, to whoever may
// read the submission (the institution's members, the office it was sent to).

import type { Deps } from '../../deps.ts';
import { html } from '../../lib/html.ts';
import type { AssessmentView } from '../assessments/assessments.present.ts';
import type { YearReadiness } from '../assessments/readiness.ts';
import type { Caller } from '../caller.ts';
import type { ChartView } from '../contacts/contacts.present.ts';
import { responsiblePersonOf } from '../contacts/contacts.present.ts';
import { jstStamp, type OrgHeader } from '../outputs/document.ts';
import { type OutputFile, type PrintFormat, pdfFor, printed } from '../outputs/outputs.service.ts';
import { renderPack } from '../outputs/pack-print.ts';
import { getSubmission } from './submissions.service.ts';

interface Snapshot {
  organization: OrgHeader;
  fiscalYearLabel: string;
  submittedAt: string;
  submittedBy: string;
  office: { name: string };
  forms: AssessmentView[];
  readiness: YearReadiness;
  contactChart: ChartView;
}

export async function submissionFile(deps: Deps, caller: Caller, orgId: string, id: string, format: PrintFormat): Promise<OutputFile> {
  const s = await getSubmission(deps, caller, orgId, id);
  const snap = s.snapshot as unknown as Snapshot;
  const at = new Date(snap.submittedAt);
  const org = snap.organization;
  const forms = snap.forms.map((assessment) => ({
    org,
    assessment,
    generatedAt: at,
    responsiblePerson: responsiblePersonOf(snap.contactChart),
  }));
  const line = html`<p class="provenance">${snap.office.name} への事前送付 ${s.no} 回目 — 提出 ${jstStamp(at)} (${snap.submittedBy}) — sha256 ${s.sha256}。提出時点の内容です。</p>`;
  const body = html`${line}${renderPack({ org, readiness: snap.readiness, forms, chart: snap.contactChart, generatedAt: at })}`;
  return printed(
    deps,
    `${org.name} ${snap.fiscalYearLabel} 事前送付 ${s.no} 回目`,
    body,
    format,
    `${snap.fiscalYearLabel}_事前送付_${s.no}`,
    pdfFor(orgId, caller),
  );
}
