// One form of the draft at a time: its items in order, grouped by section, each editable; items
// added to a section or as a new section, moved, removed.
import { useState } from 'react';
import { itemNumber } from '../../../../domain/catalog/labels.ts';
import type { CatalogItem, CatalogVersion } from '../../../../domain/catalog/schema.ts';
import { SelectField } from '../../components/Field.tsx';
import { useT } from '../../i18n.ts';
import { blankItem, changeItem, moveItem, removeItem, withItems } from './draft.ts';
import { ItemFields } from './ItemFields.tsx';
import '../../messages/catalog-admin.ts';

export function FormItemsEditor({ version, onChange }: { version: CatalogVersion; onChange: (v: CatalogVersion) => void }) {
  const t = useT();
  const [formKey, setFormKey] = useState(version.forms[0]?.form ?? '');
  const form = version.forms.find((f) => f.form === formKey) ?? version.forms[0];
  if (!form) return null;
  const items = form.items;
  const set = (next: CatalogItem[]) => onChange(withItems(version, form.form, next));
  const sections = [...new Map(items.map((i) => [i.section, i.sectionTitle])).entries()];
  const addTo = (section: string, title: string) => {
    const item = blankItem(section, title, items);
    const lastOfSection = items.map((i) => i.section).lastIndexOf(section);
    set([...items.slice(0, lastOfSection + 1), item, ...items.slice(lastOfSection + 1)]);
  };
  const nextSection = String(Math.max(0, ...items.map((i) => Number(i.section))) + 1);
  return (
    <fieldset className="editor-items">
      <legend>{t('catalogAdmin.items')}</legend>
      <SelectField
        label={t('catalogAdmin.form')}
        value={form.form}
        onChange={(e) => setFormKey(e.target.value)}
        options={version.forms.map((f) => ({
          value: f.form,
          label: `${f.label} (${t('catalogAdmin.itemCount', { count: f.items.length })})`,
        }))}
      />
      <ol className="editor-item-list">
        {items.map((item, i) => {
          const label = `${itemNumber(item.section, item.no, version.numbering) || item.sectionTitle} ${item.targets.join('・')} (${item.id})`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: ids may clash while being typed; the position is the identity
            <li key={`${form.form}:${i}`}>
              <ItemFields item={item} label={label} onChange={(patch) => set(changeItem(items, i, patch))} />
              <div className="editor-item-actions">
                <button
                  type="button"
                  className="button-secondary button-small"
                  disabled={i === 0}
                  onClick={() => set(moveItem(items, i, -1))}
                >
                  {t('catalogAdmin.up', { label })}
                </button>
                <button
                  type="button"
                  className="button-secondary button-small"
                  disabled={i === items.length - 1}
                  onClick={() => set(moveItem(items, i, 1))}
                >
                  {t('catalogAdmin.down', { label })}
                </button>
                <button type="button" className="button-secondary button-small" onClick={() => set(removeItem(items, i))}>
                  {t('catalogAdmin.remove', { label })}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="editor-item-actions">
        {sections.map(([section, title]) => (
          <button key={section} type="button" className="button-secondary button-small" onClick={() => addTo(section, title)}>
            {t('catalogAdmin.addItem', { section })}
          </button>
        ))}
        <button
          type="button"
          className="button-secondary button-small"
          onClick={() => addTo(nextSection, t('catalogAdmin.newSectionTitle'))}
        >
          {t('catalogAdmin.addSection')}
        </button>
      </div>
    </fieldset>
  );
}
