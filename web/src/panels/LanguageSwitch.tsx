import { useT } from '../i18n/use-t';
import { useAppStore } from '../store/app-store';

export function LanguageSwitch() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  const next = lang === 'id' ? 'en' : 'id';
  return (
    <button
      type="button"
      className="lang-switch"
      data-testid="lang-switch"
      lang={next}
      onClick={() => setLang(next)}
      aria-label={`${t('language')}: ${next === 'en' ? t('switchToEnglish') : t('switchToIndonesian')}`}
    >
      {next === 'en' ? 'EN' : 'ID'}
    </button>
  );
}
