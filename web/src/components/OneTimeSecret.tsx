// A secret the server returns once (temporary password): shown with a clear note, then dismissed.
import { useEffect, useRef } from 'react';
import { useT } from '../i18n.ts';

interface Props {
  title: string;
  loginId: string;
  secret: string;
  onDone: () => void;
}

export function OneTimeSecret({ title, loginId, secret, onDone }: Props) {
  const t = useT();
  const box = useRef<HTMLElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <section className="one-time" aria-label={title} tabIndex={-1} ref={box}>
      <h3>{title}</h3>
      <dl className="facts">
        <dt>{t('field.loginId')}</dt>
        <dd>
          <code>{loginId}</code>
        </dd>
        <dt>{t('secret.temporaryPassword')}</dt>
        <dd>
          <code className="secret" data-testid="temporary-password">
            {secret}
          </code>
        </dd>
      </dl>
      <p>{t('secret.note')}</p>
      <button type="button" onClick={onDone}>
        {t('secret.done')}
      </button>
    </section>
  );
}
