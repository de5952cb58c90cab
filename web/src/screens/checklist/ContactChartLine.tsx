// Under item 3(1) on the answer sheet: what the 連絡体制図 holds (entries, last confirmation) or that
// there is none yet, with a link to it. Loaded once per sheet; nothing is shown until it is there.

import type { ContactChart } from '../../api-answers.ts';
import { Link } from '../../components/Link.tsx';
import { formatDateLong } from '../../dates.ts';
import { useLang, useT } from '../../i18n.ts';
import { contactsLink } from '../../links.ts';
import '../../messages/contacts.ts';
import '../../messages/home.ts';

export function ContactChartLine({ slug, chart }: { slug: string; chart: ContactChart | undefined }) {
  const t = useT();
  const lang = useLang();
  if (!chart) return null;
  const entries = chart.internal.length + chart.external.length;
  const confirmed = chart.confirmedOn ? formatDateLong(chart.confirmedOn, lang) : t('contacts.status.unconfirmed');
  return (
    <p className="sheet-chart-line">
      {entries === 0 ? t('sheet.chartNone') : t('sheet.chartLine', { entries, confirmed })}{' '}
      <Link {...contactsLink(slug)}>{t('sheet.chartOpen')}</Link>
    </p>
  );
}
