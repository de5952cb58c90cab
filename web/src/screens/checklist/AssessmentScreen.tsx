// The answer sheet of one assessment: loaded here, shown by AnswerSheet. Saved answers update the
// sheet in place; a reload (after the gate or a conflict) replaces it.
import { useEffect, useState } from 'react';
import { api } from '../../api.ts';
import type { Assessment, OrgSummary } from '../../api-answers.ts';
import { Loadable } from '../../components/Loadable.tsx';
import { Page } from '../../components/Page.tsx';
import { useLoad } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { AnswerSheet } from './AnswerSheet.tsx';
import { BackLink } from './BackLink.tsx';

export function AssessmentScreen({ org, assessmentId }: { org: OrgSummary; assessmentId: string }) {
  const t = useT();
  const loaded = useLoad(`assessment:${org.id}:${assessmentId}`, () => api.getAssessment(org.id, assessmentId));
  const [sheet, setSheet] = useState<Assessment | null>(null);
  useEffect(() => {
    if (loaded.data) setSheet(loaded.data);
  }, [loaded.data]);

  if (!sheet) {
    return (
      <Page title={t('sheet.loadingTitle')}>
        <BackLink org={org} />
        <Loadable state={loaded}>{() => null}</Loadable>
      </Page>
    );
  }
  return <AnswerSheet org={org} sheet={sheet} setSheet={setSheet} reload={loaded.reload} />;
}
