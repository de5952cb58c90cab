// An exercise's improvement actions (改善策): what, the owner (担当), the due date, the day done, and
// the state (完了, 未完了, 期限切れ: past its due date and not done, as the server computed it for
// today), with the evidence file and what went well or wrong above them. 担当者・管理者 add an action
// and change one (marking it done is entering the day done); a change sends the version read.
import { type FormEvent, useState } from 'react';
import type { BcpAction, BcpExercise } from '../../api/bcp.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Section } from '../../components/Page.tsx';
import { FormActions } from '../../components/SubmitButton.tsx';
import { formatDateLong } from '../../dates.ts';
import { useAction } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import '../../messages/bcp.ts';

export function ExerciseActions({
  org,
  exercise,
  canWrite,
  onSaved,
}: {
  org: OrgSummary;
  exercise: BcpExercise;
  canWrite: boolean;
  onSaved: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const [editing, setEditing] = useState<BcpAction | 'new' | null>(null);
  const columns = [
    ...(['what', 'owner', 'dueOn', 'doneOn', 'state'] as const).map((k) => t(`bcp.action.${k}`)),
    canWrite && t('bcp.editAction'),
  ];
  const title = t('bcp.actionsOf', { date: formatDateLong(exercise.heldOn, lang), scenario: exercise.scenario });
  return (
    <Section title={title} id={`bcp-exercise-${exercise.id}`}>
      <dl className="bcp-exercise-facts">
        {exercise.participants.length > 0 && (
          <>
            <dt>{t('bcp.field.participants')}</dt>
            <dd>{exercise.participants.join('、')}</dd>
          </>
        )}
        {exercise.wentWell && (
          <>
            <dt>{t('bcp.field.wentWell')}</dt>
            <dd>{exercise.wentWell}</dd>
          </>
        )}
        {exercise.problems && (
          <>
            <dt>{t('bcp.field.problems')}</dt>
            <dd>{exercise.problems}</dd>
          </>
        )}
        {exercise.evidence && (
          <>
            <dt>{t('bcp.evidence')}</dt>
            <dd>{exercise.evidence.fileName}</dd>
          </>
        )}
      </dl>
      <DataTable columns={columns} rows={exercise.actions} empty={t('bcp.actionsEmpty')} className="bcp-actions-table">
        {(a) => (
          <tr key={a.id}>
            <th scope="row">{a.what}</th>
            <td>{a.owner}</td>
            <td>{formatDateLong(a.dueOn, lang)}</td>
            <td>{a.doneOn ? formatDateLong(a.doneOn, lang) : ''}</td>
            <td>
              <span className={a.state === 'overdue' ? 'badge badge-warn' : a.state === 'done' ? 'badge badge-ok' : 'badge'}>
                {t(`bcp.state.${a.state}`)}
              </span>
            </td>
            {canWrite && (
              <td>
                <button
                  type="button"
                  className="button-link"
                  aria-label={`${t('bcp.editAction')}: ${a.what}`}
                  onClick={() => setEditing(a)}
                >
                  {t('bcp.editAction')}
                </button>
              </td>
            )}
          </tr>
        )}
      </DataTable>
      {canWrite && editing === null && (
        <div className="no-print editor-actions">
          <button type="button" aria-label={`${t('bcp.addAction')}: ${exercise.scenario}`} onClick={() => setEditing('new')}>
            {t('bcp.addAction')}
          </button>
        </div>
      )}
      {canWrite && editing !== null && (
        <ActionForm
          key={editing === 'new' ? 'new' : editing.id}
          org={org}
          exercise={exercise}
          action={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={onSaved}
        />
      )}
    </Section>
  );
}

type Key = 'what' | 'owner' | 'dueOn' | 'doneOn';

function ActionForm({
  org,
  exercise,
  action,
  onClose,
  onSaved,
}: {
  org: OrgSummary;
  exercise: BcpExercise;
  action: BcpAction | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { notify } = useNotice();
  const [draft, setDraft] = useState<Record<Key, string>>({
    what: action?.what ?? '',
    owner: action?.owner ?? '',
    dueOn: action?.dueOn ?? '',
    doneOn: action?.doneOn ?? '',
  });
  const body = () => ({ ...draft, doneOn: draft.doneOn || null });
  const save = useAction(() =>
    action
      ? api.updateBcpAction(org.id, exercise.id, action.id, { ...body(), version: action.version })
      : api.addBcpAction(org.id, exercise.id, body()),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!(await save.run())) return;
    notify(t('bcp.actionSaved'));
    onSaved();
    onClose();
  };
  const field = (k: Key, hint?: string) => (
    <TextField
      label={t(`bcp.action.${k}`)}
      hint={hint}
      required={k === 'what' || k === 'dueOn'}
      value={draft[k]}
      error={save.error?.field(k)}
      onChange={(e) => setDraft({ ...draft, [k]: e.target.value })}
    />
  );
  const title = action ? t('bcp.editAction') : t('bcp.addAction');
  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <FormError error={save.error} />
      <div className="form-grid">
        {field('what')}
        {field('owner')}
        {field('dueOn', t('bcp.hint.dueOn'))}
        {field('doneOn', t('bcp.hint.doneOn'))}
      </div>
      <FormActions pending={save.pending} save={t('bcp.saveAction')} close={t('bcp.cancel')} onClose={onClose} />
    </form>
  );
}
