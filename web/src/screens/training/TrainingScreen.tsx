// 教育・訓練の記録: a fiscal year's training sessions (with who attended) and phishing drills, who was
// trained and who of the 利用者台帳 was not (said to come from that ledger only), and the year's record
// to print or as PDF for the management. 担当者・管理者 record and change; viewers read.
import { useState } from 'react';
import { fiscalYearOf, todayJst } from '../../../../domain/dates/fiscal-year.ts';
import { can } from '../../../../domain/roles.ts';
import { percent } from '../../../../domain/training/completion.ts';
import { trainingKindLabels } from '../../../../domain/training/training.ts';
import type { PhishingDrill, TrainingSession, TrainingYear } from '../../api/training.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page, Section } from '../../components/Page.tsx';
import { YearOutputs } from '../../components/YearOutputs.tsx';
import { formatDateLong } from '../../dates.ts';
import { useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { invalidate, keys } from '../../query.ts';
import { DrillForm } from './DrillForm.tsx';
import { SessionForm } from './SessionForm.tsx';
import '../../messages/contacts.ts';
import '../../messages/training.ts';

/** The current fiscal year and the five before it. */
const yearsUpTo = (year: number) => Array.from({ length: 6 }, (_, i) => year - i);

export function TrainingScreen({ org }: { org: OrgSummary }) {
  const t = useT();
  const thisYear = fiscalYearOf(todayJst(new Date()));
  const [year, setYear] = useState(thisYear);
  const loaded = useLoad(keys.training(org.id, year), () => api.trainingYear(org.id, year));
  return (
    <Page title={t('training.title')} lead={t('training.lead')}>
      <YearOutputs
        label={t('training.year')}
        year={year}
        years={yearsUpTo(thisYear)}
        onYear={setYear}
        print={{ lead: t('training.print'), view: t('training.printView'), pdf: t('training.pdf') }}
        href={(output) => api.trainingRecordUrl(org.id, year, output)}
      />
      <Loadable state={loaded}>{(record) => <TrainingYearView org={org} record={record} />}</Loadable>
    </Page>
  );
}

function TrainingYearView({ org, record }: { org: OrgSummary; record: TrainingYear }) {
  const t = useT();
  const canWrite = can(org.role, 'org.write');
  const [editing, setEditing] = useState<TrainingSession | 'new' | null>(null);
  const [drillEditing, setDrillEditing] = useState<PhishingDrill | 'new' | null>(null);
  const saved = () => void invalidate(keys.training(org.id));
  const c = record.completion;
  return (
    <>
      <Section title={`${record.fiscalYear.label} ${t('training.summary')}`} id="training-summary">
        <ul className="training-totals">
          <li>{t('training.total.sessions', { count: c.totals.sessions })}</li>
          <li>{t('training.total.attendees', { count: c.totals.attendees })}</li>
          {c.ledgerPeople > 0 && <li>{t('training.total.notAttended', { count: c.notAttended.length })}</li>}
          <li>{t('training.total.drills', { count: c.totals.drills })}</li>
          <li>{t('training.total.rates', { click: percent(c.totals.clickRate), report: percent(c.totals.reportRate) })}</li>
        </ul>
      </Section>
      <Section title={t('training.sessions')} id="training-sessions">
        <SessionTable sessions={record.sessions} canWrite={canWrite} onEdit={(s) => setEditing(s)} />
        {canWrite && editing === null && (
          <div className="no-print editor-actions">
            <button type="button" onClick={() => setEditing('new')}>
              {t('training.addSession')}
            </button>
          </div>
        )}
      </Section>
      {canWrite && editing !== null && (
        <SessionForm
          key={editing === 'new' ? 'new' : editing.id}
          org={org}
          session={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={saved}
        />
      )}
      <Section title={t('training.drills')} id="training-drills">
        <DrillTable drills={record.drills} canWrite={canWrite} onEdit={(d) => setDrillEditing(d)} />
        {canWrite && drillEditing === null && (
          <div className="no-print editor-actions">
            <button type="button" onClick={() => setDrillEditing('new')}>
              {t('training.addDrill')}
            </button>
          </div>
        )}
        {canWrite && drillEditing !== null && (
          <DrillForm
            key={drillEditing === 'new' ? 'new' : drillEditing.id}
            org={org}
            drill={drillEditing === 'new' ? null : drillEditing}
            onClose={() => setDrillEditing(null)}
            onSaved={saved}
          />
        )}
      </Section>
      <CompletionView record={record} />
    </>
  );
}

function SessionTable({
  sessions,
  canWrite,
  onEdit,
}: {
  sessions: TrainingSession[];
  canWrite: boolean;
  onEdit: (s: TrainingSession) => void;
}) {
  const t = useT();
  const lang = useLang();
  const columns = [
    ...['heldOn', 'topic', 'kind', 'instructor', 'attendees', 'material'].map((k) => t(`training.col.${k}` as 'training.col.topic')),
    canWrite && t('training.editSession'),
  ];
  return (
    <DataTable columns={columns} rows={sessions} empty={t('training.sessionsEmpty')} className="training-sessions-table">
      {(s) => (
        <tr key={s.id}>
          <td>{formatDateLong(s.heldOn, lang)}</td>
          <th scope="row">
            {s.topic}
            {s.note && (
              <div>
                <small>{s.note}</small>
              </div>
            )}
          </th>
          <td>{trainingKindLabels[s.kind][lang]}</td>
          <td>{s.instructor}</td>
          <td>
            {t('training.attendeeCount', { count: s.attendees.length })}
            {s.attendees.length > 0 && (
              <div>
                <small>{s.attendees.map((a) => a.name).join('、')}</small>
              </div>
            )}
          </td>
          <td>{s.material?.fileName ?? ''}</td>
          {canWrite && (
            <td>
              <button
                type="button"
                className="button-link"
                aria-label={`${t('training.editSession')}: ${s.topic}`}
                onClick={() => onEdit(s)}
              >
                {t('training.editSession')}
              </button>
            </td>
          )}
        </tr>
      )}
    </DataTable>
  );
}

function DrillTable({ drills, canWrite, onEdit }: { drills: PhishingDrill[]; canWrite: boolean; onEdit: (d: PhishingDrill) => void }) {
  const t = useT();
  const lang = useLang();
  const columns = [
    ...['heldOn', 'scenario', 'sent', 'clicked', 'reported'].map((k) => t(`training.col.${k}` as 'training.col.sent')),
    canWrite && t('training.editDrill'),
  ];
  return (
    <DataTable columns={columns} rows={drills} empty={t('training.drillsEmpty')} className="training-drills-table">
      {(d) => (
        <tr key={d.id}>
          <td>{formatDateLong(d.heldOn, lang)}</td>
          <th scope="row">
            {d.scenario}
            {d.note && (
              <div>
                <small>{d.note}</small>
              </div>
            )}
          </th>
          <td>{d.sent}</td>
          <td>
            {d.clicked} ({percent(d.clickRate)})
          </td>
          <td>
            {d.reported} ({percent(d.reportRate)})
          </td>
          {canWrite && (
            <td>
              <button
                type="button"
                className="button-link"
                aria-label={`${t('training.editDrill')}: ${d.scenario}`}
                onClick={() => onEdit(d)}
              >
                {t('training.editDrill')}
              </button>
            </td>
          )}
        </tr>
      )}
    </DataTable>
  );
}

function CompletionView({ record }: { record: TrainingYear }) {
  const t = useT();
  const lang = useLang();
  const c = record.completion;
  return (
    <Section title={t('training.people')} id="training-people">
      <DataTable
        columns={[t('training.col.name'), t('training.col.department'), t('training.col.sessions')]}
        rows={c.people}
        empty={t('training.peopleEmpty')}
        className="training-people-table"
      >
        {(p) => (
          <tr key={`${p.name}:${p.department}`}>
            <th scope="row">{p.name}</th>
            <td>{p.department}</td>
            <td>
              {p.sessions.map((s) => (
                <div key={s.id}>
                  {formatDateLong(s.heldOn, lang)} {s.topic}
                </div>
              ))}
            </td>
          </tr>
        )}
      </DataTable>
      <h3>{t('training.notAttended')}</h3>
      {c.ledgerPeople === 0 ? (
        <p>{t('training.notAttendedNoLedger')}</p>
      ) : (
        <>
          <p className="field-hint">{t('training.notAttendedSource', { count: c.ledgerPeople })}</p>
          {c.notAttended.length === 0 ? (
            <p>{t('training.allAttended')}</p>
          ) : (
            <DataTable
              columns={[t('training.col.name'), t('training.col.department')]}
              rows={c.notAttended}
              className="training-missing-table"
            >
              {(p) => (
                <tr key={`${p.name}:${p.department}`}>
                  <th scope="row">{p.name}</th>
                  <td>{p.department}</td>
                </tr>
              )}
            </DataTable>
          )}
        </>
      )}
    </Section>
  );
}
