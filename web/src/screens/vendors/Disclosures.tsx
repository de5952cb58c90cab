// MDS/SDS on a vendor's page: per system in use, the documents recorded (the latest of each kind
// counts), their annex answers in short, what the system still lacks (Mamori's rule, labelled so), and
// the form to record one or change it.
import { useState } from 'react';
import { itemRanges } from '../../../../domain/vendors/disclosure.ts';
import { api } from '../../api.ts';
import type { Disclosure, OrgSummary, VendorSystem } from '../../api-answers.ts';
import { FileLink } from '../../components/FileLink.tsx';
import { Section } from '../../components/Page.tsx';
import { useLang, useT } from '../../i18n.ts';
import { DisclosureForm } from './DisclosureForm.tsx';
import '../../messages/disclosures.ts';

type Editing = { system: VendorSystem; disclosure: Disclosure | null } | null;

export function Disclosures({
  org,
  vendorId,
  systems,
  canWrite,
  onSaved,
}: {
  org: OrgSummary;
  vendorId: string;
  systems: VendorSystem[];
  canWrite: boolean;
  onSaved: () => void;
}) {
  const t = useT();
  const [editing, setEditing] = useState<Editing>(null);
  const inUse = systems.filter((s) => s.status === 'active' || s.disclosures.length > 0);
  return (
    <Section title={t('disclosures.title')} id="disclosures">
      <p className="field-hint">{t('disclosures.lead')}</p>
      {inUse.length === 0 && <p className="muted">{t('disclosures.noSystems')}</p>}
      {inUse.map((s) => (
        <SystemDisclosures
          key={s.id}
          org={org}
          system={s}
          canWrite={canWrite && editing === null}
          onEdit={(disclosure) => setEditing({ system: s, disclosure })}
        />
      ))}
      <p className="muted">{t('disclosures.rule')}</p>
      {editing && (
        <DisclosureForm
          key={editing.disclosure ? `${editing.disclosure.id}:${editing.disclosure.version}` : `new:${editing.system.id}`}
          org={org}
          vendorId={vendorId}
          system={editing.system}
          disclosure={editing.disclosure}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            onSaved();
          }}
        />
      )}
    </Section>
  );
}

function SystemDisclosures({
  org,
  system,
  canWrite,
  onEdit,
}: {
  org: OrgSummary;
  system: VendorSystem;
  canWrite: boolean;
  onEdit: (d: Disclosure | null) => void;
}) {
  const t = useT();
  return (
    <div className="disclosure-system">
      <h3>{system.name}</h3>
      {system.disclosureRequestedOn && <p className="muted">{t('disclosures.requested', { date: system.disclosureRequestedOn })}</p>}
      {system.disclosures.length === 0 ? (
        <p className="muted">{t('disclosures.none')}</p>
      ) : (
        <ul className="plain-list">
          {system.disclosures.map((d) => (
            <DisclosureLine key={d.id} org={org} system={system} disclosure={d} canWrite={canWrite} onEdit={() => onEdit(d)} />
          ))}
        </ul>
      )}
      {system.status === 'active' &&
        (system.disclosureProblems.length === 0 ? (
          <p>
            <span className="badge badge-ok">{t('disclosures.ok')}</span>
          </p>
        ) : (
          <ul className="warnings" lang="ja">
            {system.disclosureProblems.map((p) => (
              <li key={p}>
                <span className="badge badge-warn">!</span> {p}
              </li>
            ))}
          </ul>
        ))}
      {canWrite && (
        <button
          type="button"
          className="button-secondary"
          aria-label={t('disclosures.addFor', { name: system.name })}
          onClick={() => onEdit(null)}
        >
          {t('disclosures.add')}
        </button>
      )}
    </div>
  );
}

function DisclosureLine({
  org,
  system,
  disclosure: d,
  canWrite,
  onEdit,
}: {
  org: OrgSummary;
  system: VendorSystem;
  disclosure: Disclosure;
  canWrite: boolean;
  onEdit: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const date = d.issuedOn ?? t('disclosures.noDate');
  const kind = d.kind.toUpperCase();
  return (
    <li className={d.current ? undefined : 'row-retired'}>
      <strong>{kind}</strong> {d.jahisVersion} {date} {d.productVersion && `(${d.productVersion})`}{' '}
      <span className="badge">{d.current ? t('disclosures.current') : t('disclosures.older')}</span>{' '}
      {d.fileName && d.evidenceId ? (
        <FileLink href={api.evidenceUrl(org.id, d.evidenceId)}>{d.fileName}</FileLink>
      ) : (
        <span className="badge badge-warn">{t('disclosures.noFile')}</span>
      )}
      <div>
        <small>
          {t('disclosures.annexLine', { answered: d.summary.answered, total: d.summary.total })}
          {d.summary.no.length > 0 && <> — {t('disclosures.annexNo', { items: itemRanges(d.summary.no) })}</>}
          {d.summary.missing.length > 0 && d.summary.missing.length < d.summary.total && (
            <> — {t('disclosures.annexMissing', { items: itemRanges(d.summary.missing) })}</>
          )}
        </small>
      </div>
      {canWrite && (
        <button
          type="button"
          className="button-link"
          lang={lang}
          aria-label={t('disclosures.editOf', { name: system.name, kind, date })}
          onClick={onEdit}
        >
          {t('disclosures.edit')}
        </button>
      )}
    </li>
  );
}
