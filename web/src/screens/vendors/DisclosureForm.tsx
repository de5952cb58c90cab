// Records an MDS/SDS of one system, or changes the record: kind, JAHIS version, date, the product
// version it describes, the file (uploaded to the evidence store), and the annex answers by item
// number — chosen here or read from the vendor's own checklist and checked before saving.
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { EVIDENCE_ACCEPT } from '../../../../domain/evidence-types.ts';
import {
  ANNEX_ANSWERS,
  ANNEX_SIZE,
  type AnnexAnswer,
  annexAnswerLabels,
  DISCLOSURE_KINDS,
  type DisclosureKind,
  disclosureKindLabels,
  JAHIS_VERSIONS,
} from '../../../../domain/vendors/disclosure.ts';
import { ApiError, api } from '../../api.ts';
import type { AnnexRead, Disclosure, OrgSummary, VendorSystem } from '../../api-answers.ts';
import { FieldErrorText, SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Section } from '../../components/Page.tsx';
import { FormActions } from '../../components/SubmitButton.tsx';
import { useAction } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { uploadEvidence } from '../../upload.ts';
import '../../messages/disclosures.ts';
import '../../messages/vendors.ts';

interface Props {
  org: OrgSummary;
  vendorId: string;
  system: VendorSystem;
  disclosure: Disclosure | null;
  onClose: () => void;
  onSaved: () => void;
}

interface Draft {
  kind: DisclosureKind;
  jahisVersion: string;
  issuedOn: string;
  productVersion: string;
  evidenceId: string | null;
  fileName: string | null;
  answers: Record<string, AnnexAnswer>;
  note: string;
}

const draftOf = (d: Disclosure | null): Draft => ({
  kind: d?.kind ?? 'mds',
  jahisVersion: d?.jahisVersion ?? '',
  issuedOn: d?.issuedOn ?? '',
  productVersion: d?.productVersion ?? '',
  evidenceId: d?.evidenceId ?? null,
  fileName: d?.fileName ?? null,
  answers: d?.answers ?? {},
  note: d?.note ?? '',
});

export function DisclosureForm({ org, vendorId, system, disclosure, onClose, onSaved }: Props) {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const [draft, setDraft] = useState<Draft>(() => draftOf(disclosure));
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const save = useAction(() => {
    const { fileName: _name, issuedOn, ...rest } = draft;
    const body = { ...rest, issuedOn: issuedOn || null };
    return disclosure
      ? api.updateDisclosure(org.id, vendorId, system.id, disclosure.id, { ...body, version: disclosure.version })
      : api.createDisclosure(org.id, vendorId, system.id, body);
  });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await save.run()) {
      notify(t('disclosures.saved'));
      onSaved();
    }
  };
  const title = disclosure
    ? t('disclosures.editOf', {
        name: system.name,
        kind: disclosure.kind.toUpperCase(),
        date: disclosure.issuedOn ?? t('disclosures.noDate'),
      })
    : t('disclosures.addFor', { name: system.name });
  return (
    <Section title={title} id="disclosure-form">
      <form onSubmit={submit} noValidate>
        <FormError error={save.error} />
        <div className="form-grid">
          <SelectField
            label={t('disclosures.field.kind')}
            value={draft.kind}
            error={save.error?.field('kind')}
            onChange={(e) => set({ kind: e.target.value as DisclosureKind })}
            options={DISCLOSURE_KINDS.map((k) => ({ value: k, label: disclosureKindLabels[k][lang] }))}
          />
          <TextField
            label={t('disclosures.field.jahisVersion')}
            hint={t('disclosures.field.jahisVersionHint')}
            list="jahis-versions"
            value={draft.jahisVersion}
            error={save.error?.field('jahisVersion')}
            onChange={(e) => set({ jahisVersion: e.target.value })}
          />
          <datalist id="jahis-versions">
            {JAHIS_VERSIONS.map((v) => (
              <option key={v} value={v} />
            ))}
          </datalist>
          <TextField
            label={t('disclosures.field.issuedOn')}
            hint={t('system.field.dateHint')}
            value={draft.issuedOn}
            error={save.error?.field('issuedOn')}
            onChange={(e) => set({ issuedOn: e.target.value })}
          />
          <TextField
            label={t('disclosures.field.productVersion')}
            hint={t('disclosures.field.productVersionHint')}
            value={draft.productVersion}
            error={save.error?.field('productVersion')}
            onChange={(e) => set({ productVersion: e.target.value })}
          />
        </div>
        <FileField
          orgId={org.id}
          draft={draft}
          error={save.error?.field('evidenceId')}
          onFile={(id, name) => set({ evidenceId: id, fileName: name })}
        />
        <AnnexAnswers orgId={org.id} draft={draft} error={save.error?.field('answers')} onAnswers={(answers) => set({ answers })} />
        <TextAreaField
          label={t('disclosures.field.note')}
          rows={2}
          value={draft.note}
          error={save.error?.field('note')}
          onChange={(e) => set({ note: e.target.value })}
        />
        <FormActions pending={save.pending} save={t('vendors.save')} close={t('vendors.cancel')} onClose={onClose} />
      </form>
    </Section>
  );
}

/** The document's file: kept already, or uploaded now to the evidence store. */
function FileField({
  orgId,
  draft,
  error,
  onFile,
}: {
  orgId: string;
  draft: Draft;
  error: string | null | undefined;
  onFile: (id: string, name: string) => void;
}) {
  const t = useT();
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState<ApiError | null>(null);
  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    if (!file) return;
    setFailed(null);
    try {
      const saved = await uploadEvidence(orgId, file, '', (percent) => setStatus(t('disclosures.field.uploading', { percent })));
      onFile(saved.id, saved.fileName);
      setStatus('');
    } catch (err) {
      setFailed(err instanceof ApiError ? err : new ApiError('CLIENT', String(err), 0));
      setStatus('');
    }
  };
  const message = failed?.message ?? error;
  return (
    <div className={`field${message ? ' field-invalid' : ''}`}>
      <label htmlFor="disclosure-file">{t('disclosures.field.file')}</label>
      {draft.fileName && <p>{t('disclosures.field.fileKept', { name: draft.fileName })}</p>}
      <input
        id="disclosure-file"
        type="file"
        accept={EVIDENCE_ACCEPT}
        onChange={(e) => void onChange(e)}
        aria-invalid={message ? true : undefined}
      />
      <p className="field-hint" role="status">
        {status || t('disclosures.field.fileHint')}
      </p>
      <FieldErrorText id="disclosure-file-error" error={message} lang="ja" />
    </div>
  );
}

/** One choice per annex item number, and the reading of the vendor's own checklist into them. */
function AnnexAnswers({
  orgId,
  draft,
  error,
  onAnswers,
}: {
  orgId: string;
  draft: Draft;
  error: string | null | undefined;
  onAnswers: (answers: Record<string, AnnexAnswer>) => void;
}) {
  const t = useT();
  const lang = useLang();
  const [read, setRead] = useState<AnnexRead | null>(null);
  const reading = useAction((file: File) => api.readAnnex(orgId, file, draft.kind));
  const onSheet = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    if (!file) return;
    const result = await reading.run(file);
    if (result) {
      setRead(result);
      onAnswers({ ...draft.answers, ...result.answers });
    }
  };
  const numbers = Array.from({ length: ANNEX_SIZE[draft.kind] }, (_, i) => String(i + 1));
  return (
    <fieldset className={error ? 'field-invalid annex' : 'annex'} aria-describedby={error ? 'annex-error' : undefined}>
      <legend>{t('disclosures.annex')}</legend>
      <p className="field-hint">{t('disclosures.annexHint')}</p>
      <div className="field">
        <label htmlFor="annex-sheet">{t('disclosures.readSheet')}</label>
        <input
          id="annex-sheet"
          type="file"
          accept=".csv,.xlsx"
          aria-busy={reading.pending || undefined}
          aria-describedby={reading.error ? 'annex-sheet-error' : undefined}
          onChange={(e) => void onSheet(e)}
        />
        <FieldErrorText id="annex-sheet-error" error={reading.error?.field('file') ?? reading.error?.message} lang="ja" />
      </div>
      {read && (
        <div role="status">
          <p>{t('disclosures.readDone', { read: read.read, total: read.total })}</p>
          {read.unread.length > 0 && <p>{t('disclosures.readUnread', { rows: read.unread.join('、') })}</p>}
          {read.conflicts.length > 0 && <p lang="ja">{t('disclosures.readConflicts', { items: read.conflicts.join('、') })}</p>}
        </div>
      )}
      <FieldErrorText id="annex-error" error={error} lang="ja" />
      <div className="annex-grid">
        {numbers.map((n) => (
          <label key={n} className="annex-item">
            <span>{t('disclosures.annexItem', { n })}</span>
            <select
              value={draft.answers[n] ?? ''}
              onChange={(e) => {
                const next = { ...draft.answers };
                if (e.target.value) next[n] = e.target.value as AnnexAnswer;
                else delete next[n];
                onAnswers(next);
              }}
            >
              <option value="">{t('disclosures.answer.none')}</option>
              {ANNEX_ANSWERS.map((a) => (
                <option key={a} value={a}>
                  {annexAnswerLabels[a][lang]}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
