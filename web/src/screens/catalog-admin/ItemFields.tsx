// One item of the draft, collapsed under its number: id, section, number, targets, status, wording
// status and text, answer columns, the 記入不要 and inspection flags, guideline references, notes, source.
import { ITEM_STATUSES, statusLabels, TARGETS, targetLabels, WORDINGS, wordingLabels } from '../../../../domain/catalog/labels.ts';
import type { CatalogItem } from '../../../../domain/catalog/schema.ts';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { useLang, useT } from '../../i18n.ts';
import { linesOf } from './draft.ts';
import '../../messages/catalog-admin.ts';

interface Props {
  item: CatalogItem;
  label: string;
  onChange: (patch: Partial<CatalogItem>) => void;
}

export function ItemFields({ item, label, onChange }: Props) {
  const t = useT();
  const lang = useLang();
  return (
    <details className="editor-item">
      <summary lang="ja">
        {label} — {item.text ? item.text.slice(0, 40) : wordingLabels[item.wording][lang]}
      </summary>
      <div className="editor-item-grid">
        <TextField label={t('catalogAdmin.item.id')} value={item.id} onChange={(e) => onChange({ id: e.target.value.trim() })} />
        <TextField
          label={t('catalogAdmin.item.section')}
          inputMode="numeric"
          value={item.section}
          onChange={(e) => onChange({ section: e.target.value.normalize('NFKC').trim() })}
        />
        <TextField
          label={t('catalogAdmin.item.sectionTitle')}
          value={item.sectionTitle}
          onChange={(e) => onChange({ sectionTitle: e.target.value })}
        />
        <TextField
          label={t('catalogAdmin.item.no')}
          inputMode="numeric"
          value={item.no === null ? '' : String(item.no)}
          onChange={(e) => {
            const raw = e.target.value.normalize('NFKC').trim();
            onChange({ no: raw === '' ? null : Number(raw) });
          }}
        />
      </div>
      <fieldset className="editor-targets">
        <legend>{t('catalogAdmin.item.targets')}</legend>
        {TARGETS.map((target) => (
          <CheckboxField
            key={target}
            label={targetLabels[target][lang]}
            checked={item.targets.includes(target)}
            onChange={(e) => onChange({ targets: e.target.checked ? [...item.targets, target] : item.targets.filter((x) => x !== target) })}
          />
        ))}
      </fieldset>
      <div className="editor-item-grid">
        <SelectField
          label={t('catalogAdmin.item.status')}
          value={item.status}
          onChange={(e) => onChange({ status: e.target.value as CatalogItem['status'] })}
          options={ITEM_STATUSES.map((s) => ({ value: s, label: statusLabels[s][lang] }))}
        />
        <SelectField
          label={t('catalogAdmin.item.wording')}
          value={item.wording}
          onChange={(e) => onChange({ wording: e.target.value as CatalogItem['wording'] })}
          options={WORDINGS.map((w) => ({ value: w, label: wordingLabels[w][lang] }))}
        />
        <SelectField
          label={t('catalogAdmin.item.answerType')}
          value={item.answerType}
          onChange={(e) => onChange({ answerType: e.target.value as CatalogItem['answerType'] })}
          options={[
            { value: 'dated', label: t('catalogAdmin.item.dated') },
            { value: 'dated_once', label: t('catalogAdmin.item.datedOnce') },
            { value: 'yes_no_only', label: t('catalogAdmin.item.yesNoOnly') },
          ]}
        />
      </div>
      <TextAreaField
        label={t('catalogAdmin.item.text')}
        hint={t('catalogAdmin.item.textHint')}
        rows={3}
        lang="ja"
        disabled={item.wording === 'unknown'}
        value={item.text ?? ''}
        onChange={(e) => onChange({ text: e.target.value })}
      />
      <CheckboxField
        label={t('catalogAdmin.item.skipNoVendor')}
        checked={item.skipIfNoVendorContract}
        onChange={(e) => onChange({ skipIfNoVendorContract: e.target.checked })}
      />
      <CheckboxField
        label={t('catalogAdmin.item.physical')}
        checked={item.physicalEvidenceRequired}
        onChange={(e) => onChange({ physicalEvidenceRequired: e.target.checked })}
      />
      <CheckboxField
        label={t('catalogAdmin.item.new')}
        checked={item.newInVersion}
        onChange={(e) => onChange({ newInVersion: e.target.checked })}
      />
      <TextAreaField
        label={t('catalogAdmin.item.refs')}
        rows={2}
        defaultValue={item.guidelineRefs.join('\n')}
        onBlur={(e) => onChange({ guidelineRefs: linesOf(e.target.value) })}
      />
      <TextAreaField
        label={t('catalogAdmin.item.notes')}
        rows={2}
        value={item.notes}
        onChange={(e) => onChange({ notes: e.target.value })}
      />
      <TextField label={t('catalogAdmin.item.source')} value={item.source} onChange={(e) => onChange({ source: e.target.value })} />
    </details>
  );
}
