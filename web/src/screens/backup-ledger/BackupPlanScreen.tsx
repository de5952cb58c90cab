// One system's backup: every value, its problems each with whose rule it is (手引き, 厚生労働省の研修資料,
// Mamori の目安), the restore tests (newest first) with a form to record one (kept as recorded: a
// correction is a new one), and the history of every change.
import { type ReactNode, useState } from 'react';
import {
  backupPlanLabels,
  frequencyLabels,
  isolationLabels,
  placeLabels,
  restoreResultLabels,
  scopeLabels,
} from '../../../../domain/backups/ledger.ts';
import { todayJst } from '../../../../domain/dates/fiscal-year.ts';
import { ledgerStatusLabels } from '../../../../domain/devices/status.ts';
import { can } from '../../../../domain/roles.ts';
import type { BackupPlan, BackupPlanDetail, RestoreTest } from '../../api/backup-ledger.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { FileLink } from '../../components/FileLink.tsx';
import { Link } from '../../components/Link.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page, Section } from '../../components/Page.tsx';
import { formatDateLong, formatDateTimeLong } from '../../dates.ts';
import { useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { backupPlansLink } from '../../links.ts';
import { invalidate, keys } from '../../query.ts';
import { BackupHistory } from './BackupHistory.tsx';
import { BackupPlanForm } from './BackupPlanForm.tsx';
import { flagKey } from './backup-text.ts';
import { ProblemList } from './ProblemList.tsx';
import { RestoreTestForm } from './RestoreTestForm.tsx';
import '../../messages/backup-ledger.ts';

export function BackupPlanScreen({ org, backupPlanId }: { org: OrgSummary; backupPlanId: string }) {
  const t = useT();
  const detail = useLoad(keys.backupPlan(org.id, backupPlanId), () => api.backupPlan(org.id, backupPlanId));
  return (
    <Loadable state={detail}>
      {(d) => (
        <Page title={d.plan.systemName} lead={t('backupLedger.title')}>
          <p className="no-print">
            <Link {...backupPlansLink(org.slug)}>{t('backupLedger.back')}</Link>
          </p>
          <PlanBody org={org} detail={d} />
        </Page>
      )}
    </Loadable>
  );
}

function PlanBody({ org, detail }: { org: OrgSummary; detail: BackupPlanDetail }) {
  const t = useT();
  const { plan, tests, history } = detail;
  const canWrite = can(org.role, 'org.write');
  const [editing, setEditing] = useState(false);
  // the plan, its tests, the list, the findings and the checklist's suggestion all read what changed
  const changed = () => void invalidate(keys.org(org.id));
  return (
    <>
      <Facts org={org} plan={plan} />
      {canWrite && !editing && (
        <p className="no-print">
          <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
            {t('backupLedger.edit')}
          </button>
        </p>
      )}
      {canWrite && editing && (
        <BackupPlanForm
          key={plan.version}
          org={org}
          plan={plan}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            changed();
          }}
          onReload={() => void invalidate(keys.backupPlan(org.id, plan.id))}
        />
      )}
      <Section title={t('backupLedger.problems')} id="backup-problems">
        {plan.status === 'retired' ? (
          <p>{t('backupLedger.problemsRetired')}</p>
        ) : plan.problems.length === 0 ? (
          <p>
            <span className="badge badge-ok">{t('backupLedger.noProblems')}</span> {t('backupLedger.problemsNone')}
          </p>
        ) : (
          <ProblemList problems={plan.problems} details />
        )}
        <p className="muted">{t('backupLedger.problemsNote')}</p>
      </Section>
      <Section title={t('backupLedger.tests')} id="restore-tests">
        <RestoreTests org={org} tests={tests} />
        <p className="field-hint">{t('backupLedger.testsNote')}</p>
        {canWrite && <RestoreTestForm org={org} planId={plan.id} onRecorded={changed} />}
      </Section>
      <BackupHistory history={history} />
    </>
  );
}

function Facts({ org, plan }: { org: OrgSummary; plan: BackupPlan }) {
  const t = useT();
  const lang = useLang();
  const none = <span className="muted">{t('backupLedger.notRecorded')}</span>;
  const listed = <T extends string>(values: T[], labels: Record<T, { ja: string; en: string }>) =>
    values.length ? values.map((v) => labels[v][lang]).join('、') : none;
  const text = (v: string) => (v ? <span lang="ja">{v}</span> : none);
  const count = (v: number | null) => (v === null ? none : String(v));
  const overdue = plan.nextTestDue !== null && plan.nextTestDue < todayJst(new Date()) && plan.status !== 'retired';
  return (
    <dl className="facts">
      <Fact label={backupPlanLabels.status}>{ledgerStatusLabels[plan.status][lang]}</Fact>
      <Fact label={backupPlanLabels.vendorName}>{text(plan.vendorName)}</Fact>
      <Fact label={backupPlanLabels.scope}>{listed(plan.scope, scopeLabels)}</Fact>
      <Fact label={backupPlanLabels.frequency}>{frequencyLabels[plan.frequency][lang]}</Fact>
      <Fact label={backupPlanLabels.method}>{text(plan.method)}</Fact>
      <Fact label={backupPlanLabels.generations}>{count(plan.generations)}</Fact>
      <Fact label={backupPlanLabels.places}>{listed(plan.places, placeLabels)}</Fact>
      <Fact label={backupPlanLabels.isolation}>{isolationLabels[plan.isolation][lang]}</Fact>
      <Fact label={backupPlanLabels.separateNetwork}>{t(flagKey(plan.separateNetwork))}</Fact>
      <Fact label={backupPlanLabels.encrypted}>{t(flagKey(plan.encrypted))}</Fact>
      <Fact label={backupPlanLabels.responsible}>{text(plan.responsible)}</Fact>
      <Fact label={backupPlanLabels.restoreOrder}>{count(plan.restoreOrder)}</Fact>
      <Fact label={backupPlanLabels.recoveryHours}>{count(plan.recoveryHours)}</Fact>
      <Fact label={backupPlanLabels.restoreProcedure}>
        {plan.restoreProcedure ? (
          <span className="pre-line" lang="ja">
            {plan.restoreProcedure}
          </span>
        ) : (
          none
        )}
      </Fact>
      <Fact label={backupPlanLabels.procedureEvidenceId}>
        {plan.procedureEvidence ? (
          <FileLink href={api.evidenceUrl(org.id, plan.procedureEvidence.id)}>{plan.procedureEvidence.fileName}</FileLink>
        ) : (
          none
        )}
      </Fact>
      <Fact label={t('backupLedger.col.lastTest')}>
        {plan.lastTest
          ? `${formatDateLong(plan.lastTest.testedOn, lang)} ${restoreResultLabels[plan.lastTest.result][lang]}`
          : t('backupLedger.notTested')}
      </Fact>
      <Fact label={t('backupLedger.col.nextDue')}>
        {plan.nextTestDue ? (
          <>
            {t('backupLedger.nextDueRule', { date: formatDateLong(plan.nextTestDue, lang) })}
            {overdue && (
              <>
                {' '}
                <span className="badge badge-warn">{t('backupLedger.overdue')}</span>
              </>
            )}
          </>
        ) : (
          t('backupLedger.notTested')
        )}
      </Fact>
      <Fact label={backupPlanLabels.note}>{text(plan.note)}</Fact>
      <Fact label={t('backupLedger.updatedAt')}>{formatDateTimeLong(plan.updatedAt, lang)}</Fact>
    </dl>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function RestoreTests({ org, tests }: { org: OrgSummary; tests: RestoreTest[] }) {
  const t = useT();
  const lang = useLang();
  const columns = ['testedOn', 'target', 'generation', 'duration', 'result', 'problems', 'tester', 'evidence'].map((c) =>
    t(`backupLedger.test.${c}` as 'backupLedger.test.testedOn'),
  );
  return (
    <DataTable columns={columns} rows={tests} empty={t('backupLedger.testsEmpty')} className="restore-tests-table">
      {(r) => (
        <tr key={r.id}>
          <td>{formatDateLong(r.testedOn, lang)}</td>
          <td lang="ja">{r.target}</td>
          <td lang="ja">{r.generation || '—'}</td>
          <td>{r.durationMinutes === null ? '—' : t('backupLedger.minutes', { minutes: r.durationMinutes })}</td>
          <td>
            <span className={`badge ${r.result === 'success' ? 'badge-ok' : 'badge-warn'}`}>{restoreResultLabels[r.result][lang]}</span>
          </td>
          <td lang="ja" className="pre-line">
            {r.problems || '—'}
          </td>
          <td>
            <span lang="ja">{r.tester || '—'}</span>
            <div>
              <small>{t('backupLedger.recordedBy', { who: r.recordedBy })}</small>
            </div>
          </td>
          <td>{r.evidence ? <FileLink href={api.evidenceUrl(org.id, r.evidence.id)}>{r.evidence.fileName}</FileLink> : '—'}</td>
        </tr>
      )}
    </DataTable>
  );
}
