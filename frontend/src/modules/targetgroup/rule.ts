import type { ConditionInput, RuleInput } from '../../generated/graphql';
import {
  ANALYTIC_TESTS,
  COMPANY_FIELD_OPTIONS,
  CONTACT_LIST_FIELDS,
  type AnalyticTest,
  type CompanyField,
  type ConditionDraft,
  type ConditionOwner,
  type ConsentChannel,
  type ConsentState,
  type ContactField,
  type PurchaseMeasure,
  type ConditionKind,
  type ConditionNode,
  type GroupKind,
  type GroupNode,
  type RuleAnalytic,
  type RuleNode,
} from './types/RuleTree';

/** The API's limits of one rule (backend RuleLimits): nodes, and levels with the root as the first. */
export const MAX_RULE_NODES = 100;
export const MAX_RULE_DEPTH = 8;
/** The longest rolling window of a purchase condition, in days (backend RuleSql.MAX_LAST_DAYS). */
export const MAX_LAST_DAYS = 3660;
/**
 * Groups the builder nests: the root and the groups in it, whose conditions are the third level. A stored rule is
 * read three levels deep (see RuleFields.graphql: every level of a recursive type triples the fields of the read,
 * and the API allows 1000 fields a request), so the builder makes no rule it could not read back.
 */
export const MAX_GROUP_LEVEL = 2;

let lastId = 0;
/** A key for a node of the tree being edited; unique within the page, never sent. */
function newId(): string {
  lastId += 1;
  return `n${lastId}`;
}

export function newGroup(kind: GroupKind = 'all', children: readonly RuleNode[] = []): GroupNode {
  return { id: newId(), type: 'group', kind, children };
}

/** A condition of the kind with its first choices made: what the user then narrows. */
export function newConditionDraft(kind: ConditionKind, analytics: readonly RuleAnalytic[] = []): ConditionDraft {
  switch (kind) {
    case 'contact':
      return { kind, field: 'KEY_STAFF', is: true, values: '' };
    case 'company':
      return { kind, field: 'STATUS', options: [], values: '' };
    case 'analytic': {
      const analytic = analytics[0];
      return {
        kind,
        analyticId: analytic?.id ?? '',
        test: analytic ? ANALYTIC_TESTS[analytic.type][0]! : 'isSet',
        options: [],
        text: '',
        atLeast: '',
        atMost: '',
        from: '',
        to: '',
        is: true,
      };
    }
    case 'equipment':
      return {
        kind,
        owner: 'CONTACT_OR_COMPANY',
        product: '',
        model: '',
        productionFrom: '',
        productionTo: '',
        purchaseFrom: '',
        purchaseTo: '',
      };
    case 'purchases':
      return {
        kind,
        owner: 'CONTACT',
        measure: 'COUNT',
        category: '',
        atLeast: '1',
        atMost: '',
        period: 'lastDays',
        lastDays: '30',
        from: '',
        to: '',
      };
    case 'consent':
      return { kind, channel: 'EMAIL', state: 'GRANTED' };
    case 'targetGroup':
      return { kind, targetGroupId: '' };
  }
}

export function newCondition(kind: ConditionKind, analytics: readonly RuleAnalytic[] = []): ConditionNode {
  return { id: newId(), type: 'condition', condition: newConditionDraft(kind, analytics) };
}

// --- Tree edits: each answers a new tree and leaves the old one as it was (React state). ---

function mapGroups(node: RuleNode, groupId: string, change: (group: GroupNode) => GroupNode): RuleNode {
  if (node.type === 'condition') return node;
  if (node.id === groupId) return change(node);
  const children = node.children.map((child) => mapGroups(child, groupId, change));
  return children.every((child, i) => child === node.children[i]) ? node : { ...node, children };
}

export function addChild(root: GroupNode, groupId: string, child: RuleNode): GroupNode {
  return mapGroups(root, groupId, (group) => ({ ...group, children: [...group.children, child] })) as GroupNode;
}

/** Removes a node (and what it holds); the root stays. */
export function removeNode(root: GroupNode, nodeId: string): GroupNode {
  const prune = (group: GroupNode): GroupNode => {
    const kept = group.children.filter((child) => child.id !== nodeId);
    const children = kept.map((child) => (child.type === 'group' ? prune(child) : child));
    return kept.length === group.children.length && children.every((c, i) => c === group.children[i])
      ? group
      : { ...group, children };
  };
  return prune(root);
}

export function setGroupKind(root: GroupNode, groupId: string, kind: GroupKind): GroupNode {
  return mapGroups(root, groupId, (group) => ({ ...group, kind })) as GroupNode;
}

export function replaceCondition(root: GroupNode, nodeId: string, condition: ConditionDraft): GroupNode {
  const visit = (node: RuleNode): RuleNode => {
    if (node.type === 'condition') return node.id === nodeId ? { ...node, condition } : node;
    const children = node.children.map(visit);
    return children.every((c, i) => c === node.children[i]) ? node : { ...node, children };
  };
  return visit(root) as GroupNode;
}

/** The level of each node, the root being 1. */
export function levels(root: GroupNode): ReadonlyMap<string, number> {
  const found = new Map<string, number>();
  const visit = (node: RuleNode, level: number) => {
    found.set(node.id, level);
    if (node.type === 'group') node.children.forEach((child) => visit(child, level + 1));
  };
  visit(root, 1);
  return found;
}

export function countNodes(node: RuleNode): number {
  return node.type === 'condition' ? 1 : 1 + node.children.reduce((sum, child) => sum + countNodes(child), 0);
}

export function depthOf(node: RuleNode): number {
  return node.type === 'condition' ? 1 : 1 + Math.max(0, ...node.children.map(depthOf));
}

/** Whether a group may get another group inside it. */
export function canNestGroupIn(root: GroupNode, groupId: string): boolean {
  return (levels(root).get(groupId) ?? Number.MAX_SAFE_INTEGER) < MAX_GROUP_LEVEL;
}

/**
 * Each node's number as a person reads the rule: the root's children 1, 2, 3, a nested group's children 2.1, 2.2.
 * Errors name conditions by it ("Condition 2.1").
 */
export function numbering(root: GroupNode): ReadonlyMap<string, string> {
  const found = new Map<string, string>();
  const visit = (group: GroupNode, prefix: string) =>
    group.children.forEach((child, i) => {
      const number = prefix ? `${prefix}.${i + 1}` : `${i + 1}`;
      found.set(child.id, number);
      if (child.type === 'group') visit(child, number);
    });
  visit(root, '');
  return found;
}

// --- To the API ---

function listOf(text: string): string[] {
  return text
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
}

/** A decimal as the API's BigDecimal takes it (a string keeps every digit); a comma is read as the decimal point. */
function decimal(text: string): string | undefined {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? undefined : trimmed;
}

function dateRange(from: string, to: string): { from?: string; to?: string } | undefined {
  if (!from && !to) return undefined;
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

function optionalText(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Leaves out the keys whose value is undefined: the API reads an absent field, not a null, as "not set". */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function hasOptions(field: CompanyField): boolean {
  return COMPANY_FIELD_OPTIONS[field] !== null;
}

export function conditionInput(draft: ConditionDraft): ConditionInput {
  switch (draft.kind) {
    case 'contact':
      return {
        contact: CONTACT_LIST_FIELDS.includes(draft.field)
          ? {
              field: draft.field,
              anyOf: listOf(draft.values).map((v) => (draft.field === 'COUNTRY' ? v.toUpperCase() : v)),
            }
          : { field: draft.field, is: draft.is },
      };
    case 'company':
      return {
        company: { field: draft.field, anyOf: hasOptions(draft.field) ? [...draft.options] : listOf(draft.values) },
      };
    case 'analytic': {
      const test: Record<AnalyticTest, object> = {
        isSet: { isSet: true },
        notSet: { isSet: false },
        anyOf: { anyOf: [...draft.options] },
        equals: { equals: draft.text.trim() },
        number: { number: defined({ atLeast: decimal(draft.atLeast), atMost: decimal(draft.atMost) }) },
        date: { date: dateRange(draft.from, draft.to) },
        is: { is: draft.is },
      };
      return { analytic: { analyticId: draft.analyticId, ...test[draft.test] } };
    }
    case 'equipment':
      return {
        equipment: defined({
          owner: draft.owner,
          product: optionalText(draft.product),
          model: optionalText(draft.model),
          productionDate: dateRange(draft.productionFrom, draft.productionTo),
          purchaseDate: dateRange(draft.purchaseFrom, draft.purchaseTo),
        }),
      };
    case 'purchases':
      return {
        purchases: defined({
          owner: draft.owner,
          measure: draft.measure,
          category: optionalText(draft.category),
          atLeast: decimal(draft.atLeast),
          atMost: decimal(draft.atMost),
          lastDays: draft.period === 'lastDays' ? Number(draft.lastDays.trim()) : undefined,
          period: draft.period === 'range' ? dateRange(draft.from, draft.to) : undefined,
        }),
      };
    case 'consent':
      return { consent: { channel: draft.channel, state: draft.state } };
    case 'targetGroup':
      return { targetGroup: { targetGroupId: draft.targetGroupId } };
  }
}

/** The rule as the API takes it; its nodes keep the tree's order, so an error's path leads back to its node. */
export function toRuleInput(node: RuleNode): RuleInput {
  if (node.type === 'condition') return { condition: conditionInput(node.condition) };
  return { [node.kind]: node.children.map(toRuleInput) };
}

// --- From the API ---

type StoredRange = Readonly<{ from?: string | null; to?: string | null }> | null | undefined;
type StoredCondition = Readonly<{
  contact?: Readonly<{ field: ContactField; is?: boolean | null; anyOf?: readonly (string | null)[] | null }> | null;
  company?: Readonly<{ field: CompanyField; anyOf: readonly string[] }> | null;
  analytic?: Readonly<{
    analyticId: string;
    isSet?: boolean | null;
    anyOf?: readonly (string | null)[] | null;
    equals?: string | null;
    is?: boolean | null;
    number?: Readonly<{ atLeast?: unknown; atMost?: unknown }> | null;
    date?: StoredRange;
  }> | null;
  equipment?: Readonly<{
    owner?: ConditionOwner | null;
    product?: string | null;
    model?: string | null;
    productionDate?: StoredRange;
    purchaseDate?: StoredRange;
  }> | null;
  purchases?: Readonly<{
    owner?: ConditionOwner | null;
    measure: PurchaseMeasure;
    category?: string | null;
    atLeast?: unknown;
    atMost?: unknown;
    lastDays?: number | null;
    period?: StoredRange;
  }> | null;
  consent?: Readonly<{ channel: ConsentChannel; state: ConsentState }> | null;
  targetGroup?: Readonly<{ targetGroupId: string }> | null;
}>;

/** A rule as the API answers it, read to some depth: below it, nodes hold nothing but their type name. */
export type StoredRule = Readonly<{
  __typename?: string;
  condition?: StoredCondition | null;
  all?: readonly (StoredRule | null)[] | null;
  any?: readonly (StoredRule | null)[] | null;
  none?: readonly (StoredRule | null)[] | null;
}>;

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function conditionDraft(stored: StoredCondition): ConditionDraft | null {
  if (stored.contact) {
    const { field, is, anyOf } = stored.contact;
    return { kind: 'contact', field, is: is ?? true, values: (anyOf ?? []).filter(Boolean).join(', ') };
  }
  if (stored.company) {
    const { field, anyOf } = stored.company;
    return hasOptions(field)
      ? { kind: 'company', field, options: anyOf, values: '' }
      : { kind: 'company', field, options: [], values: anyOf.join(', ') };
  }
  if (stored.analytic) {
    const a = stored.analytic;
    const test: AnalyticTest =
      a.isSet === true
        ? 'isSet'
        : a.isSet === false
          ? 'notSet'
          : a.anyOf
            ? 'anyOf'
            : a.equals !== null && a.equals !== undefined
              ? 'equals'
              : a.number
                ? 'number'
                : a.date
                  ? 'date'
                  : 'is';
    return {
      kind: 'analytic',
      analyticId: a.analyticId,
      test,
      options: (a.anyOf ?? []).filter((v): v is string => v !== null),
      text: a.equals ?? '',
      atLeast: text(a.number?.atLeast),
      atMost: text(a.number?.atMost),
      from: a.date?.from ?? '',
      to: a.date?.to ?? '',
      is: a.is ?? true,
    };
  }
  if (stored.equipment) {
    const e = stored.equipment;
    return {
      kind: 'equipment',
      owner: e.owner ?? 'CONTACT_OR_COMPANY',
      product: e.product ?? '',
      model: e.model ?? '',
      productionFrom: e.productionDate?.from ?? '',
      productionTo: e.productionDate?.to ?? '',
      purchaseFrom: e.purchaseDate?.from ?? '',
      purchaseTo: e.purchaseDate?.to ?? '',
    };
  }
  if (stored.purchases) {
    const p = stored.purchases;
    return {
      kind: 'purchases',
      owner: p.owner ?? 'CONTACT',
      measure: p.measure,
      category: p.category ?? '',
      atLeast: text(p.atLeast),
      atMost: text(p.atMost),
      period: p.lastDays !== null && p.lastDays !== undefined ? 'lastDays' : p.period ? 'range' : 'allTime',
      lastDays: text(p.lastDays),
      from: p.period?.from ?? '',
      to: p.period?.to ?? '',
    };
  }
  if (stored.consent) return { kind: 'consent', channel: stored.consent.channel, state: stored.consent.state };
  if (stored.targetGroup) return { kind: 'targetGroup', targetGroupId: stored.targetGroup.targetGroupId };
  return null;
}

/**
 * The tree of a stored rule, with whether all of it was read: a rule written through the API may be deeper than the
 * builder reads (then it is shown but not edited here). A root that is one condition becomes "all of" it, the same rule.
 */
export function fromStoredRule(rule: StoredRule): { tree: GroupNode; complete: boolean } {
  let complete = true;
  const node = (stored: StoredRule | null): RuleNode | null => {
    if (!stored) return null;
    if (stored.condition) {
      const draft = conditionDraft(stored.condition);
      if (draft) return { id: newId(), type: 'condition', condition: draft };
    }
    for (const kind of ['all', 'any', 'none'] as const) {
      const children = stored[kind];
      if (children) {
        const read = children.map(node).filter((child): child is RuleNode => child !== null);
        if (read.length < children.length) complete = false;
        return newGroup(kind, read);
      }
    }
    complete = false;
    return null;
  };
  const root = node(rule);
  if (!root) return { tree: newGroup('all'), complete: false };
  return { tree: root.type === 'group' ? root : newGroup('all', [root]), complete };
}

// --- Checks before the API is asked ---

/** What is wrong with a condition's field (`field` is a key of its draft), worded by `targetGroups.problems.<key>`. */
export type RuleProblem = Readonly<{ nodeId: string; field?: string; key: string; values?: Record<string, unknown> }>;

const DECIMAL = /^-?\d+([.,]\d+)?$/;
const WHOLE = /^\d+$/;
const COUNTRY = /^[A-Za-z]{2}$/;
const LANGUAGE = /^[a-z]{2}(-[A-Z]{2})?$/;

function conditionProblems(
  draft: ConditionDraft,
  ctx: Readonly<{ analytics: readonly RuleAnalytic[]; selfId?: string }>,
): Omit<RuleProblem, 'nodeId'>[] {
  const problems: Omit<RuleProblem, 'nodeId'>[] = [];
  const bounds = (atLeastField: string, atLeast: string, atMostField: string, atMost: string, min?: number) => {
    const low = decimal(atLeast);
    const high = decimal(atMost);
    if (low === undefined && high === undefined) problems.push({ field: atLeastField, key: 'boundRequired' });
    for (const [field, value] of [
      [atLeastField, low],
      [atMostField, high],
    ] as const) {
      if (value === undefined) continue;
      if (!DECIMAL.test(value)) problems.push({ field, key: 'number' });
      else if (min !== undefined && Number(value) < min) problems.push({ field, key: 'atLeast', values: { min } });
    }
    if (
      low !== undefined &&
      high !== undefined &&
      DECIMAL.test(low) &&
      DECIMAL.test(high) &&
      Number(low) > Number(high)
    )
      problems.push({ field: atMostField, key: 'belowAtLeast' });
  };
  const range = (fromField: string, from: string, toField: string, to: string, required: boolean) => {
    if (required && !from && !to) problems.push({ field: fromField, key: 'dateRequired' });
    if (from && to && from > to) problems.push({ field: toField, key: 'endBeforeStart' });
  };
  switch (draft.kind) {
    case 'contact':
      if (CONTACT_LIST_FIELDS.includes(draft.field)) {
        const values = listOf(draft.values);
        if (values.length === 0) problems.push({ field: 'values', key: 'valuesRequired' });
        const pattern = draft.field === 'COUNTRY' ? COUNTRY : LANGUAGE;
        const wrong = values.find((v) => !pattern.test(v));
        if (wrong)
          problems.push({
            field: 'values',
            key: draft.field === 'COUNTRY' ? 'country' : 'language',
            values: { value: wrong },
          });
      }
      break;
    case 'company':
      if ((hasOptions(draft.field) ? draft.options : listOf(draft.values)).length === 0)
        problems.push({ field: hasOptions(draft.field) ? 'options' : 'values', key: 'valuesRequired' });
      break;
    case 'analytic': {
      const analytic = ctx.analytics.find((a) => a.id === draft.analyticId);
      if (!analytic) {
        problems.push({ field: 'analyticId', key: 'analyticRequired' });
        break;
      }
      if (!ANALYTIC_TESTS[analytic.type].includes(draft.test)) problems.push({ field: 'test', key: 'testRequired' });
      else if (draft.test === 'anyOf' && draft.options.length === 0)
        problems.push({ field: 'options', key: 'valuesRequired' });
      else if (draft.test === 'equals' && draft.text.trim() === '')
        problems.push({ field: 'text', key: 'textRequired' });
      else if (draft.test === 'number') bounds('atLeast', draft.atLeast, 'atMost', draft.atMost);
      else if (draft.test === 'date') range('from', draft.from, 'to', draft.to, true);
      break;
    }
    case 'equipment':
      range('productionFrom', draft.productionFrom, 'productionTo', draft.productionTo, false);
      range('purchaseFrom', draft.purchaseFrom, 'purchaseTo', draft.purchaseTo, false);
      break;
    case 'purchases':
      bounds('atLeast', draft.atLeast, 'atMost', draft.atMost, 0);
      if (draft.period === 'lastDays') {
        const days = draft.lastDays.trim();
        if (!WHOLE.test(days) || Number(days) < 1 || Number(days) > MAX_LAST_DAYS)
          problems.push({ field: 'lastDays', key: 'lastDays', values: { max: MAX_LAST_DAYS } });
      }
      if (draft.period === 'range') range('from', draft.from, 'to', draft.to, true);
      break;
    case 'consent':
      break;
    case 'targetGroup':
      if (!draft.targetGroupId) problems.push({ field: 'targetGroupId', key: 'targetGroupRequired' });
      else if (draft.targetGroupId === ctx.selfId) problems.push({ field: 'targetGroupId', key: 'itself' });
      break;
  }
  return problems;
}

/** Everything the builder can tell is wrong before the API is asked; the rule is sent only without problems. */
export function validateRule(
  root: GroupNode,
  ctx: Readonly<{ analytics: readonly RuleAnalytic[]; selfId?: string }>,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const nodes = countNodes(root);
  if (nodes > MAX_RULE_NODES) problems.push({ nodeId: root.id, key: 'tooLarge', values: { max: MAX_RULE_NODES } });
  if (depthOf(root) > MAX_RULE_DEPTH)
    problems.push({ nodeId: root.id, key: 'tooDeep', values: { max: MAX_RULE_DEPTH } });
  const visit = (node: RuleNode) => {
    if (node.type === 'group') node.children.forEach(visit);
    else problems.push(...conditionProblems(node.condition, ctx).map((p) => ({ ...p, nodeId: node.id })));
  };
  visit(root);
  return problems;
}

// --- The API's errors, back on their nodes ---

/** Where in a condition's draft an API field path (after "condition.<kind>.") lands. */
const API_FIELDS: Readonly<Record<ConditionKind, Readonly<Record<string, string>>>> = {
  contact: { anyOf: 'values', is: 'is', field: 'field' },
  company: { anyOf: 'values', field: 'field' },
  analytic: {
    analyticId: 'analyticId',
    anyOf: 'options',
    equals: 'text',
    'number.atLeast': 'atLeast',
    'number.atMost': 'atMost',
    'date.from': 'from',
    'date.to': 'to',
  },
  equipment: {
    owner: 'owner',
    product: 'product',
    model: 'model',
    'productionDate.from': 'productionFrom',
    'productionDate.to': 'productionTo',
    'purchaseDate.from': 'purchaseFrom',
    'purchaseDate.to': 'purchaseTo',
  },
  purchases: {
    owner: 'owner',
    category: 'category',
    atLeast: 'atLeast',
    atMost: 'atMost',
    lastDays: 'lastDays',
    'period.from': 'from',
    'period.to': 'to',
  },
  consent: {},
  targetGroup: { targetGroupId: 'targetGroupId' },
};

/**
 * The node (and the draft field) an API error's path names, e.g. "rule.all[1].any[0].condition.purchases.atLeast";
 * null when the path is not about the rule. Paths follow the input, which follows the tree (toRuleInput).
 */
export function nodeAtPath(root: GroupNode, path: string): { nodeId: string; field?: string } | null {
  if (path !== 'rule' && !path.startsWith('rule.')) return null;
  let node: RuleNode = root;
  let rest = path.slice('rule'.length);
  const step = /^\.(all|any|none)\[(\d+)\]/;
  for (let match = step.exec(rest); match; match = step.exec(rest)) {
    if (node.type !== 'group') break;
    const child: RuleNode | undefined = node.children[Number(match[2])];
    if (!child) break;
    node = child;
    rest = rest.slice(match[0].length);
  }
  if (node.type === 'condition' && rest.startsWith(`.condition.${node.condition.kind}`)) {
    const inner = rest
      .slice(`.condition.${node.condition.kind}`.length)
      .replace(/^\./, '')
      .replace(/\[\d+\]$/, '');
    const field = API_FIELDS[node.condition.kind][inner];
    return field ? { nodeId: node.id, field } : { nodeId: node.id };
  }
  return { nodeId: node.id };
}
