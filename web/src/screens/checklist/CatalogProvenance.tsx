// Where a checklist version's data comes from: publication, sources, caveats, the inspection rules.
import type { CatalogVersion } from '../../../../domain/catalog/schema.ts';
import { Section } from '../../components/Page.tsx';
import { useT } from '../../i18n.ts';
import '../../messages/checklist.ts';

export function CatalogProvenance({ version }: { version: CatalogVersion }) {
  const t = useT();
  return (
    <>
      {version.rules.length > 0 && (
        <Section title={t('checklist.rules')} id="catalog-rules" level={3}>
          <ul lang="ja">
            {version.rules.map((r) => (
              <li key={r.id}>{r.text}</li>
            ))}
          </ul>
        </Section>
      )}
      {version.changes && version.changes.length > 0 && (
        <Section title={t('checklist.changes')} id="catalog-changes" level={3}>
          <ul lang="ja">
            {version.changes.map((c) => (
              <li key={`${c.type}:${c.text}`}>{c.text}</li>
            ))}
          </ul>
        </Section>
      )}
      <Section title={t('checklist.provenance')} id="catalog-provenance" level={3}>
        <p>{t('checklist.published', { date: version.provenance.published })}</p>
        <ul className="source">
          {[...version.provenance.caveats, ...version.provenance.sources].map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </Section>
    </>
  );
}
