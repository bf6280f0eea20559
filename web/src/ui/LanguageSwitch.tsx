import { useView } from '../store/hooks';

import { useT } from './use-t';

export function LanguageSwitch() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const setLang = useView((s) => s.setLang);
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
