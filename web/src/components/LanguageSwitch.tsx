// Switches the UI between Japanese and English; the button is labelled in the language it switches to.
import { setLang, useLang, useT } from '../i18n.ts';

export function LanguageSwitch() {
  const lang = useLang();
  const t = useT();
  const next = lang === 'ja' ? 'en' : 'ja';
  return (
    <button type="button" className="button-secondary button-small" lang={next} title={t('lang.switchHint')} onClick={() => setLang(next)}>
      {next === 'en' ? 'English' : '日本語'}
    </button>
  );
}
