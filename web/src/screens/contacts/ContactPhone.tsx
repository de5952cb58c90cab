// An entry's phone number, or a visible mark when it has none (or only a web address), and the mark
// for numbers no public source gives (番号は各自で確認). Marks carry words, not colour only.
import type { ContactEntry } from '../../api-answers.ts';
import { useT } from '../../i18n.ts';
import { needsOwnNumber, reach } from './contact-text.ts';
import '../../messages/contacts.ts';

export function ContactPhone({ entry }: { entry: Pick<ContactEntry, 'phone' | 'url' | 'starter'> }) {
  const t = useT();
  const how = reach(entry);
  return (
    <>
      {how === 'phone' && <span className="contact-phone">{entry.phone}</span>}
      {how === 'web' && <span className="badge">{t('contacts.webOnly')}</span>}
      {how === 'none' && (
        <span className="badge badge-warn">
          <span aria-hidden="true">⚠ </span>
          {t('contacts.noPhone')}
        </span>
      )}
      {needsOwnNumber(entry) && <span className="badge badge-warn contact-inferred">{t('contacts.inferred')}</span>}
    </>
  );
}
