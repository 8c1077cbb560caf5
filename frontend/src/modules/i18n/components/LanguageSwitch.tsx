import { Select } from '@vaadin/react-components/Select.js';
import { useTranslation } from 'react-i18next';
import { changeLanguage, isSupportedLanguage, SUPPORTED_LANGUAGES } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  // Each language is named in itself so a user can find theirs whatever the current language is.
  const items = SUPPORTED_LANGUAGES.map((lng) => ({ label: t(`language.${lng}`), value: lng }));
  return (
    <Select
      id="language-switch"
      label={t('shell.language')}
      accessibleName={t('shell.language')}
      items={items}
      value={i18n.resolvedLanguage ?? i18n.language}
      style={{ width: '100%' }}
      onValueChanged={(event) => {
        const next = event.detail.value;
        if (isSupportedLanguage(next) && next !== i18n.resolvedLanguage) {
          void changeLanguage(next);
        }
      }}
    />
  );
}
