import { Button } from '@vaadin/react-components/Button.js';
import { Checkbox } from '@vaadin/react-components/Checkbox.js';
import { CheckboxGroup } from '@vaadin/react-components/CheckboxGroup.js';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { datePickerI18n } from '../../publication/format';
import { ChoiceSelect } from '../../ui/components/ChoiceSelect';
import {
  addChild,
  canNestGroupIn,
  newCondition,
  newConditionDraft,
  newGroup,
  numbering,
  removeNode,
  replaceCondition,
  setGroupKind,
} from '../rule';
import {
  ANALYTIC_TESTS,
  COMPANY_FIELD_OPTIONS,
  COMPANY_FIELDS,
  CONDITION_KINDS,
  CONSENT_CHANNELS,
  CONSENT_STATES,
  CONTACT_FIELDS,
  CONTACT_LIST_FIELDS,
  GROUP_KINDS,
  OWNERS,
  PURCHASE_MEASURES,
  PURCHASE_OWNERS,
  PURCHASE_PERIODS,
  type ConditionDraft,
  type ConditionKind,
  type ConditionNode,
  type DraftOf,
  type GroupNode,
  type RuleAnalytic,
  type ShownProblem,
} from '../types/RuleTree';
import '../targetgroups.css';

type Shared = Readonly<{
  root: GroupNode;
  onChange: (root: GroupNode) => void;
  analytics: readonly RuleAnalytic[];
  /** The target groups a "member of" condition may name (not the one being edited). */
  otherGroups: readonly Readonly<{ id: string; name: string }>[];
  problems: ReadonlyMap<string, readonly ShownProblem[]>;
  numbers: ReadonlyMap<string, string>;
  /** The node added last, which takes the focus so that a keyboard user goes on from there. */
  added: string | null;
  setAdded: (id: string) => void;
}>;

type Props = Omit<Shared, 'numbers' | 'added' | 'setAdded'>;

/** The rule tree's editor: nested all / any / none groups of conditions, every part reachable by keyboard. */
export function RuleEditor(props: Props) {
  const numbers = useMemo(() => numbering(props.root), [props.root]);
  const [added, setAdded] = useState<string | null>(null);
  return (
    <div className="rule-editor" id="rule-editor">
      <GroupEditor group={props.root} level={1} shared={{ ...props, numbers, added, setAdded }} />
    </div>
  );
}

/** An element id from a node's number ("2.1" → "rule-2-1"); the root is "rule-root". */
function idOf(number: string | undefined): string {
  return number ? `rule-${number.replace(/\./g, '-')}` : 'rule-root';
}

function GroupEditor({ group, level, shared }: Readonly<{ group: GroupNode; level: number; shared: Shared }>) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ConditionKind>('contact');
  const number = shared.numbers.get(group.id);
  const base = idOf(number);
  const name = number ? t('targetGroups.rule.groupNamed', { number }) : t('targetGroups.rule.root');
  const focusRef = useFocusWhenAdded<HTMLFieldSetElement>(group.id, shared.added);
  const add = (child: ConditionNode | GroupNode) => {
    shared.onChange(addChild(shared.root, group.id, child));
    shared.setAdded(child.id);
  };
  return (
    <fieldset
      className={`rule-group rule-group--level${level}`}
      id={base}
      ref={focusRef}
      tabIndex={-1}
      aria-label={`${name}: ${t(`targetGroups.groupKinds.${group.kind}`)}`}
    >
      <div className="rule-group__head">
        <ChoiceSelect
          id={`${base}-kind`}
          label={number ? name : t('targetGroups.rule.contactsWho')}
          value={group.kind}
          choices={GROUP_KINDS}
          words="targetGroups.groupKinds"
          onChange={(k) => shared.onChange(setGroupKind(shared.root, group.id, k))}
        />
        {number && (
          <Button
            id={`${base}-remove`}
            theme="tertiary error"
            aria-label={t('targetGroups.rule.removeNamed', { name })}
            onClick={() => shared.onChange(removeNode(shared.root, group.id))}
          >
            {t('targetGroups.rule.remove')}
          </Button>
        )}
      </div>
      {group.children.length === 0 ? (
        <p className="muted rule-group__empty">
          {t(level === 1 ? 'targetGroups.rule.emptyRoot' : `targetGroups.rule.emptyGroup.${group.kind}`)}
        </p>
      ) : (
        <ol className="rule-group__children">
          {group.children.map((child) => (
            <li key={child.id}>
              {child.type === 'group' ? (
                <GroupEditor group={child} level={level + 1} shared={shared} />
              ) : (
                <ConditionEditor node={child} shared={shared} />
              )}
            </li>
          ))}
        </ol>
      )}
      <div className="rule-group__actions">
        <ChoiceSelect
          id={`${base}-add-kind`}
          label={t('targetGroups.rule.newCondition')}
          value={kind}
          choices={CONDITION_KINDS}
          words="targetGroups.kinds"
          onChange={setKind}
        />
        <Button
          id={`${base}-add`}
          aria-label={t('targetGroups.rule.addConditionTo', { name })}
          onClick={() => add(newCondition(kind, shared.analytics))}
        >
          {t('targetGroups.rule.addCondition')}
        </Button>
        {canNestGroupIn(shared.root, group.id) && (
          <Button
            id={`${base}-add-group`}
            theme="tertiary"
            aria-label={t('targetGroups.rule.addGroupTo', { name })}
            onClick={() => add(newGroup(group.kind === 'any' ? 'all' : 'any', [newCondition(kind, shared.analytics)]))}
          >
            {t('targetGroups.rule.addGroup')}
          </Button>
        )}
      </div>
    </fieldset>
  );
}

/** Focuses the element once, right after its node was added. */
function useFocusWhenAdded<E extends HTMLElement>(id: string, added: string | null) {
  const ref = useRef<E>(null);
  useEffect(() => {
    if (added === id) ref.current?.focus();
  }, [added, id]);
  return ref;
}

function ConditionEditor({ node, shared }: Readonly<{ node: ConditionNode; shared: Shared }>) {
  const { t } = useTranslation();
  const number = shared.numbers.get(node.id) ?? '';
  const base = idOf(number);
  const draft = node.condition;
  const name = t('targetGroups.rule.conditionNamed', { number, kind: t(`targetGroups.kinds.${draft.kind}`) });
  const problems = shared.problems.get(node.id) ?? [];
  const focusRef = useFocusWhenAdded<HTMLFieldSetElement>(node.id, shared.added);
  const change = (next: ConditionDraft) => shared.onChange(replaceCondition(shared.root, node.id, next));
  const fieldProps = { base, problems };
  const fields = conditionFields(draft, change, shared, fieldProps);
  const shown = fieldsShown(draft, shared);
  const unplaced = problems.filter((p) => !p.field || !shown.includes(p.field));
  return (
    <fieldset
      className={`rule-condition${problems.length > 0 ? ' rule-condition--invalid' : ''}`}
      id={base}
      ref={focusRef}
      tabIndex={-1}
      aria-label={name}
    >
      <div className="rule-condition__head">
        <strong className="rule-condition__name">{name}</strong>
        <Button
          id={`${base}-remove`}
          theme="tertiary error"
          aria-label={t('targetGroups.rule.removeNamed', { name })}
          onClick={() => shared.onChange(removeNode(shared.root, node.id))}
        >
          {t('targetGroups.rule.remove')}
        </Button>
      </div>
      <div className="rule-condition__fields">{fields}</div>
      {unplaced.map((p) => (
        <p key={p.message} className="form-error rule-condition__error" role="alert">
          {p.message}
        </p>
      ))}
    </fieldset>
  );
}

type FieldProps = Readonly<{ base: string; problems: readonly ShownProblem[] }>;

/** The invalid state and message of a draft field. */
function errorOf(props: FieldProps, field: string) {
  const problem = props.problems.find((p) => p.field === field);
  return { invalid: Boolean(problem), errorMessage: problem?.message };
}

/** The draft fields that have an input of their own now; problems of the others are shown under the condition. */
function fieldsShown(draft: ConditionDraft, shared: Shared): readonly string[] {
  switch (draft.kind) {
    case 'contact':
      return CONTACT_LIST_FIELDS.includes(draft.field) ? ['values'] : [];
    case 'company':
      return COMPANY_FIELD_OPTIONS[draft.field] ? ['options'] : ['values'];
    case 'analytic': {
      if (shared.analytics.length === 0) return [];
      const byTest: Record<string, readonly string[]> = {
        anyOf: ['options'],
        equals: ['text'],
        number: ['atLeast', 'atMost'],
        date: ['from', 'to'],
      };
      return ['analyticId', ...(byTest[draft.test] ?? [])];
    }
    case 'equipment':
      return ['product', 'model', 'productionFrom', 'productionTo', 'purchaseFrom', 'purchaseTo'];
    case 'purchases':
      return [
        'atLeast',
        'atMost',
        'category',
        ...(draft.period === 'lastDays' ? ['lastDays'] : draft.period === 'range' ? ['from', 'to'] : []),
      ];
    case 'consent':
      return [];
    case 'targetGroup':
      return shared.otherGroups.length > 0 ? ['targetGroupId'] : [];
  }
}

function conditionFields(
  draft: ConditionDraft,
  change: (next: ConditionDraft) => void,
  shared: Shared,
  props: FieldProps,
): ReactNode {
  switch (draft.kind) {
    case 'contact':
      return <ContactFields draft={draft} change={change} props={props} />;
    case 'company':
      return <CompanyFields draft={draft} change={change} props={props} />;
    case 'analytic':
      return <AnalyticFields draft={draft} change={change} props={props} analytics={shared.analytics} />;
    case 'equipment':
      return <EquipmentFields draft={draft} change={change} props={props} />;
    case 'purchases':
      return <PurchaseFields draft={draft} change={change} props={props} />;
    case 'consent':
      return <ConsentFields draft={draft} change={change} props={props} />;
    case 'targetGroup':
      return <MembershipFields draft={draft} change={change} props={props} groups={shared.otherGroups} />;
  }
}

type FieldsOf<K extends ConditionKind> = Readonly<{
  draft: DraftOf<K>;
  change: (next: ConditionDraft) => void;
  props: FieldProps;
}>;

function YesNo({
  id,
  label,
  value,
  onChange,
}: Readonly<{ id: string; label: string; value: boolean; onChange: (v: boolean) => void }>) {
  return (
    <ChoiceSelect
      id={id}
      label={label}
      value={value ? 'yes' : 'no'}
      choices={['yes', 'no'] as const}
      words="targetGroups.yesNo"
      onChange={(v) => onChange(v === 'yes')}
    />
  );
}

function ContactFields({ draft, change, props }: FieldsOf<'contact'>) {
  const { t } = useTranslation();
  const listField = CONTACT_LIST_FIELDS.includes(draft.field);
  return (
    <>
      <ChoiceSelect
        id={`${props.base}-field`}
        label={t('targetGroups.rule.field')}
        value={draft.field}
        choices={CONTACT_FIELDS}
        words="targetGroups.contactFields"
        onChange={(field) => change({ ...draft, field })}
      />
      {listField ? (
        <TextField
          id={`${props.base}-values`}
          label={t('targetGroups.rule.anyOf')}
          helperText={t(`targetGroups.rule.help.${draft.field}`)}
          value={draft.values}
          onValueChanged={(e) => change({ ...draft, values: e.detail.value })}
          {...errorOf(props, 'values')}
        />
      ) : (
        <YesNo
          id={`${props.base}-is`}
          label={t('targetGroups.rule.is')}
          value={draft.is}
          onChange={(is) => change({ ...draft, is })}
        />
      )}
    </>
  );
}

function CompanyFields({ draft, change, props }: FieldsOf<'company'>) {
  const { t } = useTranslation();
  const options = COMPANY_FIELD_OPTIONS[draft.field];
  return (
    <>
      <ChoiceSelect
        id={`${props.base}-field`}
        label={t('targetGroups.rule.companyField')}
        value={draft.field}
        choices={COMPANY_FIELDS}
        words="targetGroups.companyFields"
        onChange={(field) => change({ ...draft, field, options: [] })}
      />
      {options ? (
        <CheckboxGroup
          id={`${props.base}-options`}
          label={t('targetGroups.rule.anyOf')}
          value={[...draft.options]}
          onValueChanged={(e) => change({ ...draft, options: e.detail.value })}
          {...errorOf(props, 'options')}
        >
          {options.map((o) => (
            <Checkbox key={o} value={o} label={t(`targetGroups.companyValues.${o}`)} />
          ))}
        </CheckboxGroup>
      ) : (
        <TextField
          id={`${props.base}-values`}
          label={t('targetGroups.rule.anyOf')}
          helperText={t('targetGroups.rule.help.commas')}
          value={draft.values}
          onValueChanged={(e) => change({ ...draft, values: e.detail.value })}
          {...errorOf(props, 'values')}
        />
      )}
    </>
  );
}

function DayField({
  id,
  label,
  value,
  onChange,
  error,
}: Readonly<{
  id: string;
  label: string;
  value: string;
  onChange: (day: string) => void;
  error: { invalid: boolean; errorMessage?: string };
}>) {
  const { t, i18n } = useTranslation();
  const pickerI18n = useMemo(
    () => datePickerI18n(i18n.language, { today: t('targetGroups.rule.today'), cancel: t('common.cancel') }),
    [i18n.language, t],
  );
  return (
    <DatePicker
      id={id}
      label={label}
      value={value}
      i18n={pickerI18n}
      clearButtonVisible
      onValueChanged={(e) => {
        if (e.detail.value !== value) onChange(e.detail.value);
      }}
      {...error}
    />
  );
}

function NumberText({
  id,
  label,
  value,
  onChange,
  error,
  whole,
}: Readonly<{
  id: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
  error: { invalid: boolean; errorMessage?: string };
  whole?: boolean;
}>) {
  return (
    <TextField
      id={id}
      label={label}
      value={value}
      allowedCharPattern={whole ? '[0-9]' : '[0-9.,-]'}
      className="rule-number"
      onValueChanged={(e) => onChange(e.detail.value)}
      {...error}
    />
  );
}

function AnalyticFields({
  draft,
  change,
  props,
  analytics,
}: FieldsOf<'analytic'> & Readonly<{ analytics: readonly RuleAnalytic[] }>) {
  const { t } = useTranslation();
  const analytic = analytics.find((a) => a.id === draft.analyticId);
  if (analytics.length === 0) {
    return <p className="muted">{t('targetGroups.rule.noAnalytics')}</p>;
  }
  const tests = analytic ? ANALYTIC_TESTS[analytic.type] : [];
  return (
    <>
      <Select
        id={`${props.base}-analytic`}
        label={t('targetGroups.rule.analytic')}
        value={draft.analyticId}
        items={analytics.map((a) => ({
          value: a.id,
          label: t(`targetGroups.rule.analyticOf.${a.appliesTo}`, { name: a.name }),
        }))}
        onValueChanged={(e) => {
          const picked = analytics.find((a) => a.id === e.detail.value);
          if (!picked || picked.id === draft.analyticId) return;
          change({ ...(newConditionDraft('analytic', [picked]) as DraftOf<'analytic'>) });
        }}
        {...errorOf(props, 'analyticId')}
      />
      {analytic && (
        <ChoiceSelect
          id={`${props.base}-test`}
          label={t('targetGroups.rule.test')}
          value={tests.includes(draft.test) ? draft.test : tests[0]!}
          choices={tests}
          words="targetGroups.analyticTests"
          onChange={(test) => change({ ...draft, test })}
        />
      )}
      {analytic && draft.test === 'anyOf' && (
        <CheckboxGroup
          id={`${props.base}-options`}
          label={t('targetGroups.rule.anyOf')}
          value={[...draft.options]}
          onValueChanged={(e) => change({ ...draft, options: e.detail.value })}
          {...errorOf(props, 'options')}
        >
          {analytic.options.map((o) => (
            <Checkbox key={o} value={o} label={o} />
          ))}
        </CheckboxGroup>
      )}
      {draft.test === 'equals' && (
        <TextField
          id={`${props.base}-text`}
          label={t('targetGroups.rule.equals')}
          value={draft.text}
          onValueChanged={(e) => change({ ...draft, text: e.detail.value })}
          {...errorOf(props, 'text')}
        />
      )}
      {draft.test === 'number' && (
        <>
          <NumberText
            id={`${props.base}-at-least`}
            label={t('targetGroups.rule.atLeast')}
            value={draft.atLeast}
            onChange={(atLeast) => change({ ...draft, atLeast })}
            error={errorOf(props, 'atLeast')}
          />
          <NumberText
            id={`${props.base}-at-most`}
            label={t('targetGroups.rule.atMost')}
            value={draft.atMost}
            onChange={(atMost) => change({ ...draft, atMost })}
            error={errorOf(props, 'atMost')}
          />
        </>
      )}
      {draft.test === 'date' && (
        <>
          <DayField
            id={`${props.base}-from`}
            label={t('targetGroups.rule.from')}
            value={draft.from}
            onChange={(from) => change({ ...draft, from })}
            error={errorOf(props, 'from')}
          />
          <DayField
            id={`${props.base}-to`}
            label={t('targetGroups.rule.to')}
            value={draft.to}
            onChange={(to) => change({ ...draft, to })}
            error={errorOf(props, 'to')}
          />
        </>
      )}
      {draft.test === 'is' && (
        <YesNo
          id={`${props.base}-is`}
          label={t('targetGroups.rule.is')}
          value={draft.is}
          onChange={(is) => change({ ...draft, is })}
        />
      )}
    </>
  );
}

function EquipmentFields({ draft, change, props }: FieldsOf<'equipment'>) {
  const { t } = useTranslation();
  return (
    <>
      <ChoiceSelect
        id={`${props.base}-owner`}
        label={t('targetGroups.rule.ownedBy')}
        value={draft.owner}
        choices={OWNERS}
        words="targetGroups.owners"
        onChange={(owner) => change({ ...draft, owner })}
      />
      <TextField
        id={`${props.base}-product`}
        label={t('targetGroups.rule.product')}
        value={draft.product}
        onValueChanged={(e) => change({ ...draft, product: e.detail.value })}
        {...errorOf(props, 'product')}
      />
      <TextField
        id={`${props.base}-model`}
        label={t('targetGroups.rule.model')}
        value={draft.model}
        onValueChanged={(e) => change({ ...draft, model: e.detail.value })}
        {...errorOf(props, 'model')}
      />
      <DayField
        id={`${props.base}-production-from`}
        label={t('targetGroups.rule.producedFrom')}
        value={draft.productionFrom}
        onChange={(productionFrom) => change({ ...draft, productionFrom })}
        error={errorOf(props, 'productionFrom')}
      />
      <DayField
        id={`${props.base}-production-to`}
        label={t('targetGroups.rule.producedTo')}
        value={draft.productionTo}
        onChange={(productionTo) => change({ ...draft, productionTo })}
        error={errorOf(props, 'productionTo')}
      />
      <DayField
        id={`${props.base}-purchase-from`}
        label={t('targetGroups.rule.boughtFrom')}
        value={draft.purchaseFrom}
        onChange={(purchaseFrom) => change({ ...draft, purchaseFrom })}
        error={errorOf(props, 'purchaseFrom')}
      />
      <DayField
        id={`${props.base}-purchase-to`}
        label={t('targetGroups.rule.boughtTo')}
        value={draft.purchaseTo}
        onChange={(purchaseTo) => change({ ...draft, purchaseTo })}
        error={errorOf(props, 'purchaseTo')}
      />
    </>
  );
}

function PurchaseFields({ draft, change, props }: FieldsOf<'purchases'>) {
  const { t } = useTranslation();
  return (
    <>
      <ChoiceSelect
        id={`${props.base}-measure`}
        label={t('targetGroups.rule.measure')}
        value={draft.measure}
        choices={PURCHASE_MEASURES}
        words="targetGroups.measures"
        onChange={(measure) => change({ ...draft, measure })}
      />
      <NumberText
        id={`${props.base}-at-least`}
        label={t('targetGroups.rule.atLeast')}
        value={draft.atLeast}
        onChange={(atLeast) => change({ ...draft, atLeast })}
        error={errorOf(props, 'atLeast')}
      />
      <NumberText
        id={`${props.base}-at-most`}
        label={t('targetGroups.rule.atMost')}
        value={draft.atMost}
        onChange={(atMost) => change({ ...draft, atMost })}
        error={errorOf(props, 'atMost')}
      />
      <ChoiceSelect
        id={`${props.base}-owner`}
        label={t('targetGroups.rule.boughtBy')}
        value={draft.owner}
        choices={PURCHASE_OWNERS}
        words="targetGroups.purchaseOwners"
        onChange={(owner) => change({ ...draft, owner })}
      />
      <TextField
        id={`${props.base}-category`}
        label={t('targetGroups.rule.category')}
        helperText={t('targetGroups.rule.help.category')}
        value={draft.category}
        onValueChanged={(e) => change({ ...draft, category: e.detail.value })}
        {...errorOf(props, 'category')}
      />
      <ChoiceSelect
        id={`${props.base}-period`}
        label={t('targetGroups.rule.period')}
        value={draft.period}
        choices={PURCHASE_PERIODS}
        words="targetGroups.periods"
        onChange={(period) => change({ ...draft, period })}
      />
      {draft.period === 'lastDays' && (
        <NumberText
          id={`${props.base}-last-days`}
          label={t('targetGroups.rule.lastDays')}
          value={draft.lastDays}
          whole
          onChange={(lastDays) => change({ ...draft, lastDays })}
          error={errorOf(props, 'lastDays')}
        />
      )}
      {draft.period === 'range' && (
        <>
          <DayField
            id={`${props.base}-from`}
            label={t('targetGroups.rule.from')}
            value={draft.from}
            onChange={(from) => change({ ...draft, from })}
            error={errorOf(props, 'from')}
          />
          <DayField
            id={`${props.base}-to`}
            label={t('targetGroups.rule.to')}
            value={draft.to}
            onChange={(to) => change({ ...draft, to })}
            error={errorOf(props, 'to')}
          />
        </>
      )}
    </>
  );
}

function ConsentFields({ draft, change, props }: FieldsOf<'consent'>) {
  const { t } = useTranslation();
  return (
    <>
      <ChoiceSelect
        id={`${props.base}-channel`}
        label={t('targetGroups.rule.channel')}
        value={draft.channel}
        choices={CONSENT_CHANNELS}
        words="targetGroups.channels"
        onChange={(channel) => change({ ...draft, channel })}
      />
      <ChoiceSelect
        id={`${props.base}-state`}
        label={t('targetGroups.rule.state')}
        value={draft.state}
        choices={CONSENT_STATES}
        words="targetGroups.consentStates"
        onChange={(state) => change({ ...draft, state })}
      />
    </>
  );
}

function MembershipFields({
  draft,
  change,
  props,
  groups,
}: FieldsOf<'targetGroup'> & Readonly<{ groups: readonly Readonly<{ id: string; name: string }>[] }>) {
  const { t } = useTranslation();
  if (groups.length === 0) return <p className="muted">{t('targetGroups.rule.noOtherGroups')}</p>;
  return (
    <Select
      id={`${props.base}-group`}
      label={t('targetGroups.rule.memberOf')}
      value={draft.targetGroupId}
      items={groups.map((g) => ({ value: g.id, label: g.name }))}
      onValueChanged={(e) => {
        if (e.detail.value !== draft.targetGroupId) change({ ...draft, targetGroupId: e.detail.value });
      }}
      {...errorOf(props, 'targetGroupId')}
    />
  );
}
