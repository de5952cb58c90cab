// An area that is not built yet: what it will hold, and an honest note that it is not there yet.
import type { Area } from '../areas.ts';
import { Page } from '../components/Page.tsx';
import { useT } from '../i18n.ts';
import '../messages/areas.ts';

export function PlannedAreaScreen({ area }: { area: Area }) {
  const t = useT();
  if (!area.planned) return null;
  return (
    <Page title={t(area.planned.title)}>
      <p className="lead">{t(area.planned.description)}</p>
      <p className="notice notice-planned">{t('area.planned')}</p>
    </Page>
  );
}
