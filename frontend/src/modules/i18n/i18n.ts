import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const SUPPORTED_LANGUAGES = ['en', 'ru', 'uk', 'pl'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const LANGUAGE_STORAGE_KEY = 'resonance.language';

type Messages = { [key: string]: string | Messages };

// Each feature module keeps its own strings in `locales/<lng>.json` (so features never edit one shared
// file); they are merged into one tree per language. Two modules must not define the same top-level key.
const localeFiles = import.meta.glob<Messages>('../*/locales/*.json', { eager: true, import: 'default' });

function messagesFor(lng: Language): Messages {
  const merged: Messages = {};
  for (const [path, messages] of Object.entries(localeFiles)) {
    if (!path.endsWith(`/${lng}.json`)) continue;
    for (const [key, value] of Object.entries(messages)) {
      if (key in merged) throw new Error(`Translation key "${key}" is defined twice (again in ${path})`);
      merged[key] = value;
    }
  }
  return merged;
}

export const resources = Object.fromEntries(
  SUPPORTED_LANGUAGES.map((lng) => [lng, { translation: messagesFor(lng) }]),
) as Record<Language, { translation: Messages }>;

export function isSupportedLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language to start with: the user's explicit choice wins, then the first browser language we support
 * (matching "uk-UA" to "uk"), then English.
 */
export function initialLanguage(stored: string | null, browserLanguages: readonly string[]): Language {
  if (isSupportedLanguage(stored)) {
    return stored;
  }
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isSupportedLanguage(primary)) {
      return primary;
    }
  }
  return 'en';
}

function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function initI18n(): I18n {
  const lng = initialLanguage(readStoredLanguage(), navigator.languages ?? [navigator.language]);
  // Resources are bundled, so init completes synchronously and the first render is already translated.
  void i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    supportedLngs: [...SUPPORTED_LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  document.documentElement.lang = lng;
  return i18next;
}

export async function changeLanguage(lng: Language): Promise<void> {
  await i18next.changeLanguage(lng);
  document.documentElement.lang = lng;
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // Private mode or disabled storage: the choice simply is not remembered.
  }
}
