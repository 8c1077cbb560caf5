import { Select } from '@vaadin/react-components/Select.js';
import { useTranslation } from 'react-i18next';

type Props<V extends string> = Readonly<{
  id: string;
  label: string;
  value: V;
  /** The choices in their order; each is worded by the translation `<words>.<choice>`. */
  choices: readonly V[];
  words: string;
  disabled?: boolean;
  /** Called when another choice is picked. */
  onChange: (choice: V) => void;
}>;

/** A Select among fixed choices (a metric, a bucket, an order), worded in the user's language. */
export function ChoiceSelect<V extends string>({ id, label, value, choices, words, disabled, onChange }: Props<V>) {
  const { t } = useTranslation();
  return (
    <Select
      id={id}
      label={label}
      value={value}
      items={choices.map((choice) => ({ value: choice, label: t(`${words}.${choice}`) }))}
      disabled={disabled}
      onValueChanged={(e) => {
        const picked = e.detail.value as V;
        if (picked && picked !== value) onChange(picked);
      }}
    />
  );
}
