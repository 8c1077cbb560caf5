import { describe, expect, it } from 'vitest';
import { initialLanguage, resources, SUPPORTED_LANGUAGES } from './i18n';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      out.set(path, value);
    } else {
      for (const [k, v] of flatten(value, path)) out.set(k, v);
    }
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  const english = flatten(resources.en.translation as Tree);

  it('English has a reasonable number of keys', () => {
    expect(english.size).toBeGreaterThan(40);
  });

  for (const lng of SUPPORTED_LANGUAGES) {
    describe(lng, () => {
      const keys = flatten(resources[lng].translation as Tree);

      it('has exactly the same keys as English', () => {
        expect([...keys.keys()].sort()).toEqual([...english.keys()].sort());
      });

      it('has no empty values', () => {
        const empty = [...keys].filter(([, v]) => v.trim() === '').map(([k]) => k);
        expect(empty).toEqual([]);
      });

      it('uses the same interpolation placeholders as English', () => {
        const mismatched = [...keys]
          .filter(([k, v]) => JSON.stringify(placeholders(v)) !== JSON.stringify(placeholders(english.get(k) ?? '')))
          .map(([k]) => k);
        expect(mismatched).toEqual([]);
      });
    });
  }

  it('translates the navigation label into Russian (the e2e test looks for it)', () => {
    expect(flatten(resources.ru.translation as Tree).get('nav.workspaces')).toBe('Рабочие пространства');
  });
});

describe('initialLanguage', () => {
  it('prefers the stored choice', () => {
    expect(initialLanguage('pl', ['ru-RU'])).toBe('pl');
  });
  it('falls back to the first supported browser language by primary subtag', () => {
    expect(initialLanguage(null, ['de-DE', 'uk-UA', 'ru'])).toBe('uk');
  });
  it('ignores an unsupported stored value and defaults to English', () => {
    expect(initialLanguage('xx', ['fr-FR'])).toBe('en');
  });
});
