// The answer sheet of one assessment: progress, the vendor-contract switch, what an inspection would
// point out (each linked to its item), then the items by section with their answer columns, attached
// evidence files and Mamori's help. Editors and administrators answer (each item saves itself);
// viewers read.

import { useCallback } from 'react';
import { formatWareki } from '../../../../domain/dates/wareki.ts';
import { can } from '../../../../domain/roles.ts';
import { api } from '../../api.ts';
import type { Assessment, AssessmentItem, AttachedEvidence, OrgSummary, SavedAnswer } from '../../api-answers.ts';
import { Page } from '../../components/Page.tsx';
import { useLoad } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { keys } from '../../query.ts';
import { AnswerSection, type ItemContext } from './AnswerSection.tsx';
import { AsOfPrint } from './AsOfPrint.tsx';
import { BackLink } from './BackLink.tsx';
import { CarryReportPanel } from './CarryReportPanel.tsx';
import { ContactChartLine } from './ContactChartLine.tsx';
import { isContactChartItem } from './contact-item.ts';
import { DownloadLinks } from './DownloadLinks.tsx';
import { GapsPanel } from './GapsPanel.tsx';
import { ScopeHint } from './ItemScopeToggle.tsx';
import { LiveRegion, useAnnouncer } from './LiveRegion.tsx';
import { useOrgEvidence } from './org-evidence.ts';
import { usePendingGuard } from './pending-guard.ts';
import { SheetSummary } from './SheetSummary.tsx';
import { bySection, helpForSheet, type SetSheet, withItemEvidence, withSavedAnswer } from './sheet-data.ts';
import { ProvisionalNotice, SetAsideAnswers, TextMovePanel } from './TextPanels.tsx';
import { VendorReviewPanel } from './VendorReviewPanel.tsx';

interface Props {
  org: OrgSummary;
  sheet: Assessment;
  setSheet: SetSheet;
  reload: () => void;
}

/** An example date inside the assessment's fiscal year (令和7年度: 2025-06-01 / 令和7年6月1日), as typed either way. */
function exampleDate(fiscalYear: number): { iso: string; wareki: string } {
  const iso = `${fiscalYear}-06-01`;
  return { iso, wareki: formatWareki(iso) };
}

export function AnswerSheet({ org, sheet, setSheet, reload }: Props) {
  const t = useT();
  const canWrite = can(org.role, 'org.write');
  const { live, announce } = useAnnouncer();
  const onPending = usePendingGuard();
  const onSaved = useCallback(
    (item: AssessmentItem, saved: SavedAnswer) => {
      setSheet((s) => withSavedAnswer(s, item, saved));
      // the gate decides which items are 記入不要: read them again
      if (item.status === 'gate') reload();
    },
    [setSheet, reload],
  );
  const evidenceStore = useOrgEvidence(org.id);
  const onEvidence = useCallback(
    (itemId: string, evidence: AttachedEvidence[]) => setSheet((s) => withItemEvidence(s, itemId, evidence)),
    [setSheet],
  );
  // the 連絡体制図 backs 3(1): read once for the sheet
  const chart = useLoad(keys.contacts(org.id), () => api.contacts(org.id));
  const itemNote = (item: AssessmentItem) =>
    isContactChartItem(item, sheet.form) ? <ContactChartLine slug={org.slug} chart={chart.data} /> : null;
  // Mamori's help on the items: read once per version, revision and form; none shown until it is there
  const help = useLoad(keys.catalogHelp(sheet.versionId, sheet.revision, sheet.catalogForm), () =>
    api.catalogHelp(sheet.versionId, sheet.revision, sheet.catalogForm),
  );
  // what the ledgers say, read once for the sheet (a saved answer keeps the suggestion of its moment)
  const suggestions = useLoad(keys.suggestions(org.id, sheet.id), () => api.suggestions(org.id, sheet.id));
  const context: ItemContext = {
    orgId: org.id,
    assessmentId: sheet.id,
    fiscalYear: sheet.fiscalYear,
    canWrite,
    onSaved,
    onStale: reload,
    onPending,
    announce,
    itemNote,
    evidenceStore,
    onEvidence,
    formHelp: helpForSheet(sheet, help.data),
    vendorForm: sheet.form === 'vendor',
    suggestions: suggestions.data ?? null,
    org,
  };

  const title = t('sheet.title', { year: sheet.fiscalYearLabel, form: sheet.formLabel, version: sheet.versionLabel });
  return (
    <Page title={title} lead={canWrite ? t('sheet.lead', exampleDate(sheet.fiscalYear)) : t('sheet.leadViewer')}>
      <BackLink org={org} />
      <DownloadLinks orgId={org.id} assessmentId={sheet.id} />
      <AsOfPrint orgId={org.id} assessmentId={sheet.id} />
      <LiveRegion live={live} />
      <SheetSummary org={org} sheet={sheet} canWrite={canWrite} setSheet={setSheet} announce={announce} />
      <VendorReviewPanel org={org} sheet={sheet} onReviewed={reload} />
      <ProvisionalNotice sheet={sheet} />
      <TextMovePanel sheet={sheet} />
      <CarryReportPanel assessmentId={sheet.id} />
      <GapsPanel gaps={sheet.gaps} />
      {sheet.gateAnsweredNo && <p className="notice notice-info sheet-gate-no">{t('sheet.gateNo')}</p>}
      {sheet.form === 'vendor' && canWrite && <ScopeHint />}
      {bySection(sheet.items).map((section) => (
        <AnswerSection key={section.key} section={section} context={context} />
      ))}
      <SetAsideAnswers sheet={sheet} />
    </Page>
  );
}
