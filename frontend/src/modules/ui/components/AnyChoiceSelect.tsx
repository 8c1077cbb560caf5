import { Select } from '@vaadin/react-components/Select.js';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The "any" item's value: Vaadin's Select shows no label for an item whose value is empty. */
const ANY = '__any';

type Props<V extends string> = Readonly<{
  id: string;
  label: string;
  /** The choice made, or null for "any". */
  value: V | null;
  /** The choices in their order; each is worded by the translation `<words>.<choice>`. */
  choices: readonly V[];
  words: string;
  /** What "no choice" is called: "Any status", "All sizes". */
  anyLabel: string;
  onChange: (choice: V | null) => void;
}>;

/** A filter's Select among fixed worded choices, with a first choice that filters nothing. */
export function AnyChoiceSelect<V extends string>({ id, label, value, choices, words, anyLabel, onChange }: Props<V>) {
  const { t } = useTranslation();
  // The same items while nothing they show changes: new items re-render an open Select's list and close it.
  const items = useMemo(
    () => [
      { value: ANY, label: anyLabel },
      ...choices.map((choice) => ({ value: choice, label: t(`${words}.${choice}`) })),
    ],
    [anyLabel, choices, words, t],
  );
  return (
    <Select
      id={id}
      label={label}
      value={value ?? ANY}
      items={items}
      onValueChanged={(e) => {
        const picked = !e.detail.value || e.detail.value === ANY ? null : (e.detail.value as V);
        if (picked !== value) onChange(picked);
      }}
    />
  );
}
