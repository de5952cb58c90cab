// The answer sheet of one assessment: loaded here, shown by AnswerSheet. Saved answers update the
// loaded sheet in place (the query's data, so Back to it shows them); a reload (after the gate or a
// conflict) replaces it.
import { api } from '../../api.ts';
import type { Assessment, OrgSummary } from '../../api-answers.ts';
import { Loadable } from '../../components/Loadable.tsx';
import { Page } from '../../components/Page.tsx';
import { useLoad, useSetLoaded } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { keys } from '../../query.ts';
import { AnswerSheet } from './AnswerSheet.tsx';
import { BackLink } from './BackLink.tsx';

export function AssessmentScreen({ org, assessmentId }: { org: OrgSummary; assessmentId: string }) {
  const t = useT();
  const key = keys.assessment(org.id, assessmentId);
  const loaded = useLoad(key, () => api.getAssessment(org.id, assessmentId));
  const setSheet = useSetLoaded<Assessment>(key, keys.org(org.id));
  const sheet = loaded.data;

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
