// The version's rules (立入検査の手引き and related texts, each with its source): edit, add, remove.
import type { CatalogVersion } from '../../../../domain/catalog/schema.ts';
import { TextAreaField, TextField } from '../../components/Field.tsx';
import { useT } from '../../i18n.ts';
import '../../messages/catalog-admin.ts';

type Rule = CatalogVersion['rules'][number];

export function RulesEditor({ rules, onChange }: { rules: Rule[]; onChange: (rules: Rule[]) => void }) {
  const t = useT();
  const set = (i: number, patch: Partial<Rule>) => onChange(rules.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const nextId = () => {
    let n = rules.length + 1;
    while (rules.some((r) => r.id === `rule-${n}`)) n++;
    return `rule-${n}`;
  };
  return (
    <fieldset className="editor-rules">
      <legend>{t('catalogAdmin.rules')}</legend>
      {rules.map((r, i) => (
        <div key={r.id} className="editor-rule">
          <TextAreaField
            label={t('catalogAdmin.ruleText', { n: i + 1 })}
            rows={2}
            value={r.text}
            onChange={(e) => set(i, { text: e.target.value })}
          />
          <TextField
            label={t('catalogAdmin.ruleSource', { n: i + 1 })}
            value={r.source}
            onChange={(e) => set(i, { source: e.target.value })}
          />
          <button type="button" className="button-secondary button-small" onClick={() => onChange(rules.filter((_, j) => j !== i))}>
            {t('catalogAdmin.removeRule', { n: i + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button-secondary button-small"
        onClick={() => onChange([...rules, { id: nextId(), text: '', source: '' }])}
      >
        {t('catalogAdmin.addRule')}
      </button>
    </fieldset>
  );
}
