// "Skip to content": the first focusable element; <main id="main" tabIndex={-1}> takes the focus.
import { useT } from '../i18n.ts';

export function SkipLink() {
  const t = useT();
  return (
    <a className="skip-link" href="#main">
      {t('a11y.skip')}
    </a>
  );
}
