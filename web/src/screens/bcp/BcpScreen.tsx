// Business continuity (事業継続計画): the ministry's BCP 確認表 for a fiscal year (SheetSection.tsx), then the records
// of BCP exercises (訓練・演習: date, scenario, kind, open and 期限切れ improvement actions), a form to
// record or change one, and per exercise its improvement actions (改善策). 担当者・管理者 record and
// change; viewers read.
import { useState } from 'react';
import { exerciseKindLabels } from '../../../../domain/bcp/exercise.ts';
import { can } from '../../../../domain/roles.ts';
import type { BcpExercise } from '../../api/bcp.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page, Section } from '../../components/Page.tsx';
import { formatDateLong } from '../../dates.ts';
import { useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { invalidate, keys } from '../../query.ts';
import { ExerciseActions } from './ExerciseActions.tsx';
import { ExerciseForm } from './ExerciseForm.tsx';
import { SheetSection } from './SheetSection.tsx';
import '../../messages/bcp.ts';

export function BcpScreen({ org }: { org: OrgSummary }) {
  const t = useT();
  const loaded = useLoad(keys.bcpExercises(org.id), () => api.bcpExercises(org.id));
  return (
    <Page title={t('bcp.title')} lead={t('bcp.lead')}>
      <SheetSection org={org} />
      <Loadable state={loaded}>{(answer) => <ExercisesView org={org} exercises={answer.exercises} />}</Loadable>
    </Page>
  );
}

function ExercisesView({ org, exercises }: { org: OrgSummary; exercises: BcpExercise[] }) {
  const t = useT();
  const lang = useLang();
  const canWrite = can(org.role, 'org.write');
  const [editing, setEditing] = useState<BcpExercise | 'new' | null>(null);
  const saved = () => void invalidate(keys.bcpExercises(org.id));
  const columns = [
    ...(['heldOn', 'scenario', 'kind', 'actions'] as const).map((k) => t(`bcp.col.${k}`)),
    canWrite && t('bcp.editExercise'),
  ];
  return (
    <>
      <Section title={t('bcp.exercises')} id="bcp-exercises">
        <DataTable columns={columns} rows={exercises} empty={t('bcp.exercisesEmpty')} className="bcp-exercises-table">
          {(e) => (
            <tr key={e.id}>
              <td>{formatDateLong(e.heldOn, lang)}</td>
              <th scope="row">
                <a href={`#bcp-exercise-${e.id}`}>{e.scenario}</a>
                {e.participants.length > 0 && (
                  <div>
                    <small>{t('bcp.participantCount', { count: e.participants.length })}</small>
                  </div>
                )}
              </th>
              <td>{exerciseKindLabels[e.kind][lang]}</td>
              <td>
                <ActionCounts exercise={e} />
              </td>
              {canWrite && (
                <td>
                  <button
                    type="button"
                    className="button-link"
                    aria-label={`${t('bcp.editExercise')}: ${e.scenario}`}
                    onClick={() => setEditing(e)}
                  >
                    {t('bcp.editExercise')}
                  </button>
                </td>
              )}
            </tr>
          )}
        </DataTable>
        {canWrite && editing === null && (
          <div className="no-print editor-actions">
            <button type="button" onClick={() => setEditing('new')}>
              {t('bcp.addExercise')}
            </button>
          </div>
        )}
        {canWrite && editing !== null && (
          <ExerciseForm
            key={editing === 'new' ? 'new' : editing.id}
            org={org}
            exercise={editing === 'new' ? null : editing}
            onClose={() => setEditing(null)}
            onSaved={saved}
          />
        )}
      </Section>
      {exercises.map((e) => (
        <ExerciseActions key={e.id} org={org} exercise={e} canWrite={canWrite} onSaved={saved} />
      ))}
    </>
  );
}

function ActionCounts({ exercise }: { exercise: BcpExercise }) {
  const t = useT();
  if (exercise.actions.length === 0) return <>{t('bcp.noActions')}</>;
  if (exercise.open === 0) return <span className="badge badge-ok">{t('bcp.allDone')}</span>;
  return (
    <>
      {t('bcp.openActions', { count: exercise.open })}
      {exercise.overdue > 0 && (
        <>
          {' '}
          <span className="badge badge-warn">{t('bcp.overdueActions', { count: exercise.overdue })}</span>
        </>
      )}
    </>
  );
}
