// Picking attendees: people of the 利用者台帳 found by a search (name, reading, ID, 部署; the server's
// list, at most 50), or a name typed with an optional 部署 for someone not in the ledger. Not a form of
// its own: it sits inside the session's form.
import { useState } from 'react';
import type { AttendeeInput } from '../../api/training.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { TextField } from '../../components/Field.tsx';
import { useLoad } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { keys } from '../../query.ts';
import '../../messages/training.ts';

export function AttendeePicker({
  org,
  taken,
  pending,
  onPick,
}: {
  org: OrgSummary;
  /** names already on the session (not offered again) */
  taken: string[];
  pending: boolean;
  onPick: (attendee: AttendeeInput & { name: string }) => void;
}) {
  const t = useT();
  const [q, setQ] = useState('');
  const [name, setName] = useState('');
  const [department, setDepartment] = useState('');
  const query = q.trim();
  const found = useLoad(keys.trainingPeople(org.id, query), () => api.trainingPeople(org.id, query));
  const fold = (s: string) => s.normalize('NFKC').replace(/\s/g, '');
  const has = new Set(taken.map(fold));
  const people = (found.data?.people ?? []).filter((p) => !has.has(fold(p.name)));
  const ledgerEmpty = found.data && found.data.people.length === 0 && query === '';
  return (
    <div className="training-picker">
      {ledgerEmpty ? (
        <p className="field-hint">{t('training.ledgerEmpty')}</p>
      ) : (
        <>
          <TextField label={t('training.search')} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
          {found.data && people.length === 0 && query !== '' && <p className="field-hint">{t('training.searchNone')}</p>}
          <ul className="training-found" aria-label={t('training.fromLedger')}>
            {people.slice(0, 20).map((p) => (
              <li key={p.accountId}>
                <button
                  type="button"
                  className="button-link"
                  disabled={pending}
                  aria-label={t('training.pick', { name: p.name })}
                  onClick={() => onPick({ accountId: p.accountId, name: p.name })}
                >
                  {p.name}
                </button>{' '}
                <small>{[p.department, p.systemName].filter(Boolean).join(' / ')}</small>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="form-grid">
        <TextField label={t('training.typedName')} value={name} onChange={(e) => setName(e.target.value)} />
        <TextField label={t('training.typedDepartment')} value={department} onChange={(e) => setDepartment(e.target.value)} />
      </div>
      <button
        type="button"
        className="button-secondary"
        disabled={pending || name.trim() === ''}
        onClick={() => {
          onPick({ name: name.trim(), department: department.trim() });
          setName('');
          setDepartment('');
        }}
      >
        {t('training.addTyped')}
      </button>
    </div>
  );
}
