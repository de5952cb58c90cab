// What the server said of the draft: the differences from its base (dry run), or the problems that
// keep it out of the catalog, each naming the form, item and field.
import type { ApiError } from '../../api.ts';
import type { CatalogImportResult } from '../../api-answers.ts';
import { FormError } from '../../components/FormError.tsx';
import { useT } from '../../i18n.ts';
import '../../messages/catalog-admin.ts';

interface Problem {
  where: string;
  message: string;
}

export function ImportOutcome({ result, error }: { result: CatalogImportResult | null; error: ApiError | null }) {
  const t = useT();
  const problems = (error?.details?.problems as Problem[] | undefined) ?? [];
  if (error && problems.length) {
    return (
      <div className="form-error" role="alert">
        <strong>{t('catalogAdmin.problems')}</strong>
        <ul lang="ja">
          {problems.map((p) => (
            <li key={`${p.where}:${p.message}`}>
              <code>{p.where}</code>: {p.message}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (error) return <FormError error={error} />;
  if (!result) return null;
  const base = result.diff.base;
  return (
    <div className="card import-diff" role="status">
      <h3>
        {base
          ? t('catalogAdmin.diff', { base: `${base.id} ${t('catalogAdmin.revisionN', { n: base.revision })}` })
          : t('catalogAdmin.diffNone')}
      </h3>
      <ul lang="ja">
        {result.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
