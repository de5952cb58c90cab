// What the server read from a workbook, row by row, beside the version it replaces: each item row
// with its number, targets, status, answer cells and wording, marked 新規 / 変更 / 同じ (the old wording
// shown where it changed); the old version's items with no counterpart; and a way to correct a row.
import { useState } from 'react';
import { TARGETS, type Target, targetLabels } from '../../../../domain/catalog/labels.ts';
import type { WorkbookCorrection, WorkbookImportResult } from '../../api-answers.ts';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { useLang, useT } from '../../i18n.ts';
import '../../messages/catalog-admin.ts';
import '../../messages/checklist.ts';

type Row = WorkbookImportResult['rows'][number];
type Item = NonNullable<Row['item']>;

interface Props {
  result: WorkbookImportResult;
  corrections: WorkbookCorrection[];
  onCorrect: (corrections: WorkbookCorrection[]) => void;
  onStore: () => void;
  pending: boolean;
}

export function WorkbookRows({ result, corrections, onCorrect, onStore, pending }: Props) {
  const t = useT();
  const [editing, setEditing] = useState<number | null>(null);
  const items = result.rows.filter((r) => r.item);
  const counts = { new: 0, changed: 0, same: 0 };
  for (const r of items) counts[(r.item as Item).change]++;
  const save = (c: WorkbookCorrection) => {
    setEditing(null);
    onCorrect([...corrections.filter((x) => x.row !== c.row), c]);
  };
  return (
    <div className="workbook-result">
      <p lang="ja">
        {t('workbook.summary', {
          file: result.file,
          sha: result.sha256.slice(0, 16),
          sheet: result.sheet,
          count: items.length,
          version: `${result.version.id} ${result.version.label}`,
          revision: result.version.revision,
        })}
      </p>
      <p>{t('workbook.counts', { ...counts, dropped: result.dropped.length })}</p>
      <div className="table-scroll">
        <table className="data-table workbook-rows">
          <thead>
            <tr>
              <th scope="col">{t('workbook.col.row')}</th>
              <th scope="col">{t('workbook.col.read')}</th>
              <th scope="col">{t('workbook.col.text')}</th>
              <th scope="col">{t('workbook.col.change')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('workbook.correct')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => (
              <RowLine
                key={r.row}
                row={r}
                editing={editing === r.row}
                onEdit={() => setEditing(r.row)}
                onSave={save}
                onCancel={() => setEditing(null)}
              />
            ))}
          </tbody>
        </table>
      </div>
      {result.dropped.length > 0 && (
        <>
          <h3>{t('workbook.dropped')}</h3>
          <ul lang="ja">
            {result.dropped.map((d) => (
              <li key={d.id}>
                {d.label}: {d.text ?? t('checklist.textUnknown')}
              </li>
            ))}
          </ul>
        </>
      )}
      <ul className="import-lines" lang="ja">
        {result.lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <button type="button" onClick={onStore} disabled={pending}>
        {pending ? t('common.working') : t('workbook.store')}
      </button>
    </div>
  );
}

function RowLine({
  row,
  editing,
  onEdit,
  onSave,
  onCancel,
}: {
  row: Row;
  editing: boolean;
  onEdit: () => void;
  onSave: (c: WorkbookCorrection) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const item = row.item;
  if (!item) {
    return (
      <tr className="workbook-other">
        <td>{row.row}</td>
        <td>{t(`workbook.kind.${row.kind}` as 'workbook.kind.note')}</td>
        <td lang="ja" colSpan={3}>
          {row.text}
        </td>
      </tr>
    );
  }
  return (
    <>
      <tr data-row={row.row}>
        <td>{row.row}</td>
        <td lang="ja">
          <strong>{item.label}</strong>
          <div className="hint">
            {item.targets.map((x) => targetLabels[x][lang]).join('・')} /{' '}
            {t(`workbook.status.${item.status}` as 'workbook.status.required')} /{' '}
            {t(`workbook.answer.${item.answerType}` as 'workbook.answer.dated')}
          </div>
        </td>
        <td lang="ja">
          {item.text}
          {item.before && <div className="hint">{t('workbook.before', { text: item.before })}</div>}
        </td>
        <td>
          <span className={`badge ${item.change === 'same' ? 'badge-ok' : 'badge-warn'}`}>{t(`workbook.change.${item.change}`)}</span>
          {item.corrected && <span className="badge">{t('workbook.corrected')}</span>}
        </td>
        <td>
          <button
            type="button"
            className="button-secondary button-small"
            onClick={onEdit}
            aria-label={t('workbook.correctRow', { row: row.row })}
          >
            {t('workbook.correct')}
          </button>
        </td>
      </tr>
      {editing && (
        <tr>
          <td colSpan={5}>
            <CorrectionForm row={row.row} item={item} onSave={onSave} onCancel={onCancel} />
          </td>
        </tr>
      )}
    </>
  );
}

function CorrectionForm({
  row,
  item,
  onSave,
  onCancel,
}: {
  row: number;
  item: Item;
  onSave: (c: WorkbookCorrection) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const [c, setC] = useState<WorkbookCorrection>({
    row,
    section: item.section,
    no: item.no,
    targets: item.targets,
    status: item.status === 'reference' ? 'reference' : 'required',
    text: item.text,
    answerType: item.answerType,
  });
  const toggle = (target: Target, on: boolean) =>
    setC({ ...c, targets: on ? [...(c.targets ?? []), target] : (c.targets ?? []).filter((x) => x !== target) });
  return (
    <fieldset className="workbook-correction">
      <legend>{t('workbook.correctRow', { row })}</legend>
      <div className="form-grid">
        <TextField
          label={t('workbook.field.section')}
          value={c.section ?? ''}
          inputMode="numeric"
          onChange={(e) => setC({ ...c, section: e.target.value })}
        />
        <TextField
          label={t('workbook.field.no')}
          value={String(c.no ?? '')}
          inputMode="numeric"
          onChange={(e) => setC({ ...c, no: Number(e.target.value) })}
        />
        <SelectField
          label={t('workbook.field.status')}
          value={c.status ?? 'required'}
          onChange={(e) => setC({ ...c, status: e.target.value as 'required' | 'reference' })}
          options={[
            { value: 'required', label: t('workbook.status.required') },
            { value: 'reference', label: t('workbook.status.reference') },
          ]}
        />
        <SelectField
          label={t('workbook.field.answer')}
          value={c.answerType ?? 'dated'}
          onChange={(e) => setC({ ...c, answerType: e.target.value as Item['answerType'] })}
          options={(['dated', 'dated_once', 'yes_no_only'] as const).map((a) => ({ value: a, label: t(`workbook.answer.${a}`) }))}
        />
        <fieldset className="span-2">
          <legend>{t('workbook.field.targets')}</legend>
          {TARGETS.filter((x) => x !== 'all').map((x) => (
            <CheckboxField
              key={x}
              label={targetLabels[x][lang]}
              checked={c.targets?.includes(x) ?? false}
              onChange={(e) => toggle(x, e.target.checked)}
            />
          ))}
        </fieldset>
        <TextAreaField
          className="span-2"
          label={t('workbook.field.text')}
          lang="ja"
          rows={3}
          value={c.text ?? ''}
          onChange={(e) => setC({ ...c, text: e.target.value })}
        />
        <CheckboxField
          className="span-2"
          label={t('workbook.field.skip')}
          checked={c.skip ?? false}
          onChange={(e) => setC({ ...c, skip: e.target.checked })}
        />
      </div>
      <button type="button" onClick={() => onSave(c)}>
        {t('workbook.applyCorrection')}
      </button>{' '}
      <button type="button" className="button-secondary" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </fieldset>
  );
}
