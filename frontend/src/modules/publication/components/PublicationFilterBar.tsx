import { Button } from '@vaadin/react-components/Button.js';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { Details } from '@vaadin/react-components/Details.js';
import { MultiSelectComboBox } from '@vaadin/react-components/MultiSelectComboBox.js';
import { NumberField } from '@vaadin/react-components/NumberField.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activeFilterCount, EMPTY_FILTER, filterProblems } from '../filterVariables';
import { datePickerI18n } from '../format';
import { CHANNEL_TYPES, SENTIMENTS, type FilterOptions, type PublicationFilterState } from '../types/Publication';

type Props = Readonly<{
  value: PublicationFilterState;
  onChange: (value: PublicationFilterState) => void;
  options: FilterOptions;
  publishers: readonly string[];
  /** On phones the bar starts folded so the list stays in view. */
  compact: boolean;
}>;

type Choice = { id: string; label: string };

const parseNumber = (value: string): number | null =>
  value.trim() === '' || Number.isNaN(Number(value)) ? null : Number(value);

/** Only the chosen ids that are still options, as the combo box items it shows as selected. */
function chosen(items: readonly Choice[], ids: readonly string[]): Choice[] {
  return items.filter((item) => ids.includes(item.id));
}

export function PublicationFilterBar({ value, onChange, options, publishers, compact }: Props) {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState(!compact);
  const [title, setTitle] = useState(value.titleContains);
  useEffect(() => setOpened(!compact), [compact]);
  useEffect(() => setTitle(value.titleContains), [value.titleContains]);

  // The title is searched as the user types, once they pause.
  useEffect(() => {
    if (title === value.titleContains) return;
    const timer = setTimeout(() => onChange({ ...value, titleContains: title }), 350);
    return () => clearTimeout(timer);
  }, [title, value, onChange]);

  const pickerI18n = useMemo(
    () => datePickerI18n(i18n.language, { today: t('publications.filter.today'), cancel: t('common.cancel') }),
    [i18n.language, t],
  );
  const brands = useMemo(() => options.brands.map((b) => ({ id: b.id, label: b.name })), [options.brands]);
  const channels = useMemo(() => options.channels.map((c) => ({ id: c.id, label: c.name })), [options.channels]);
  const segments = useMemo(() => options.segments.map((s) => ({ id: s.id, label: s.name })), [options.segments]);
  const types = CHANNEL_TYPES.map((type) => ({ id: type, label: t(`publications.channelType.${type}`) }));
  const sentiments = SENTIMENTS.map((s) => ({ id: s, label: t(`publications.sentiment.${s}`) }));
  const publisherItems = publishers.map((p) => ({ id: p, label: p }));
  const problems = filterProblems(value);
  const count = activeFilterCount(value);

  const multi = (
    id: string,
    label: string,
    items: Choice[],
    selected: readonly string[],
    set: (ids: string[]) => void,
  ) => (
    <MultiSelectComboBox<Choice>
      id={id}
      label={label}
      accessibleName={label}
      items={items}
      itemIdPath="id"
      itemLabelPath="label"
      itemValuePath="id"
      selectedItems={chosen(items, selected)}
      autoExpandVertically
      clearButtonVisible
      onSelectedItemsChanged={(e) => {
        const ids = e.detail.value.map((item) => item.id);
        if (ids.length !== selected.length || ids.some((x, i) => x !== selected[i])) set(ids);
      }}
    />
  );

  return (
    <Details
      className="filter-bar"
      opened={opened}
      onOpenedChanged={(e) => setOpened(e.detail.value)}
      summary={count > 0 ? t('publications.filter.titleCount', { count }) : t('publications.filter.title')}
      theme="filled"
    >
      <div className="filter-bar__fields" role="search" aria-label={t('publications.filter.title')}>
        <TextField
          id="filter-title"
          label={t('publications.filter.titleContains')}
          value={title}
          clearButtonVisible
          onValueChanged={(e) => setTitle(e.detail.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onChange({ ...value, titleContains: title });
          }}
        />
        <DatePicker
          id="filter-from"
          label={t('publications.filter.from')}
          value={value.from}
          i18n={pickerI18n}
          max={value.to || undefined}
          clearButtonVisible
          onChange={(e) => onChange({ ...value, from: e.target.value })}
        />
        <DatePicker
          id="filter-to"
          label={t('publications.filter.to')}
          value={value.to}
          i18n={pickerI18n}
          min={value.from || undefined}
          clearButtonVisible
          invalid={problems.includes('period')}
          errorMessage={problems.includes('period') ? t('publications.filter.badPeriod') : undefined}
          onChange={(e) => onChange({ ...value, to: e.target.value })}
        />
        {multi('filter-brands', t('publications.filter.brands'), brands, value.brandIds, (brandIds) =>
          onChange({ ...value, brandIds }),
        )}
        {multi('filter-channels', t('publications.filter.channels'), channels, value.channelIds, (channelIds) =>
          onChange({ ...value, channelIds }),
        )}
        {multi('filter-channel-types', t('publications.filter.channelTypes'), types, value.channelTypes, (ids) =>
          onChange({ ...value, channelTypes: ids as PublicationFilterState['channelTypes'] }),
        )}
        {multi(
          'filter-publishers',
          t('publications.filter.publishers'),
          publisherItems,
          value.publishers,
          (publishersChosen) => onChange({ ...value, publishers: publishersChosen }),
        )}
        {multi('filter-segments', t('publications.filter.segments'), segments, value.segmentIds, (segmentIds) =>
          onChange({ ...value, segmentIds }),
        )}
        {multi('filter-sentiments', t('publications.filter.sentiments'), sentiments, value.sentiments, (ids) =>
          onChange({ ...value, sentiments: ids as PublicationFilterState['sentiments'] }),
        )}
        <div className="filter-bar__range" role="group" aria-label={t('publications.filter.impact')}>
          <NumberField
            id="filter-min-impact"
            label={t('publications.filter.minImpact')}
            min={0}
            max={1}
            step={0.05}
            value={value.minImpact === null ? '' : String(value.minImpact)}
            onChange={(e) => onChange({ ...value, minImpact: parseNumber(e.target.value) })}
          />
          <NumberField
            id="filter-max-impact"
            label={t('publications.filter.maxImpact')}
            min={0}
            max={1}
            step={0.05}
            value={value.maxImpact === null ? '' : String(value.maxImpact)}
            invalid={problems.includes('impactRange')}
            errorMessage={problems.includes('impactRange') ? t('publications.filter.badImpactRange') : undefined}
            onChange={(e) => onChange({ ...value, maxImpact: parseNumber(e.target.value) })}
          />
        </div>
        <div className="filter-bar__actions">
          <Button id="filter-reset" theme="tertiary" disabled={count === 0} onClick={() => onChange(EMPTY_FILTER)}>
            {t('publications.filter.reset')}
          </Button>
        </div>
      </div>
    </Details>
  );
}
