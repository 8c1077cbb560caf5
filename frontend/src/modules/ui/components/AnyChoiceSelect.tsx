import { Select } from '@vaadin/react-components/Select.js';
import { useTranslation } from 'react-i18next';

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
  return (
    <Select
      id={id}
      label={label}
      value={value ?? ''}
      items={[
        { value: '', label: anyLabel },
        ...choices.map((choice) => ({ value: choice, label: t(`${words}.${choice}`) })),
      ]}
      onValueChanged={(e) => {
        const picked = (e.detail.value || null) as V | null;
        if (picked !== value) onChange(picked);
      }}
    />
  );
}
