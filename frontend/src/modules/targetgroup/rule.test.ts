import { describe, expect, it } from 'vitest';
import {
  addChild,
  canNestGroupIn,
  fromStoredRule,
  newCondition,
  newGroup,
  nodeAtPath,
  numbering,
  removeNode,
  replaceCondition,
  setGroupKind,
  toRuleInput,
  validateRule,
  type StoredRule,
} from './rule';
import type { ConditionNode, GroupNode, RuleAnalytic } from './types/RuleTree';

const SIZE: RuleAnalytic = { id: 'a1', name: 'Fleet size', type: 'NUMBER', appliesTo: 'COMPANY', options: [] };
const SEGMENT: RuleAnalytic = {
  id: 'a2',
  name: 'Segment',
  type: 'ENUMERATION',
  appliesTo: 'COMPANY',
  options: ['Food retail', 'Hotels'],
};

/** all of [key staff, any of [consent to email, 3 purchases in the last 7 days]] */
function sampleTree() {
  const keyStaff = newCondition('contact');
  const consent = newCondition('consent');
  const purchases = newCondition('purchases');
  const inner = newGroup('any', [consent, purchases]);
  const root = newGroup('all', [keyStaff, inner]);
  return { root, keyStaff, consent, purchases, inner };
}

describe('tree edits', () => {
  it('adds a condition to a nested group without changing the tree it was given', () => {
    const { root, inner } = sampleTree();
    const added = addChild(root, inner.id, newCondition('equipment'));
    expect((added.children[1] as GroupNode).children.map((c) => (c as ConditionNode).condition.kind)).toEqual([
      'consent',
      'purchases',
      'equipment',
    ]);
    expect(inner.children).toHaveLength(2);
  });

  it('removes a group with everything in it, and keeps untouched branches identical', () => {
    const { root, inner, keyStaff } = sampleTree();
    const removed = removeNode(root, inner.id);
    expect(removed.children).toEqual([keyStaff]);
    expect(removed.children[0]).toBe(keyStaff);
  });

  it('switches a group between all, any and none', () => {
    const { root, inner } = sampleTree();
    expect((setGroupKind(root, inner.id, 'none').children[1] as GroupNode).kind).toBe('none');
  });

  it('lets groups nest only as deep as a stored rule can be read back', () => {
    const { root, inner } = sampleTree();
    expect(canNestGroupIn(root, root.id)).toBe(true);
    expect(canNestGroupIn(root, inner.id)).toBe(false);
  });

  it('numbers nodes as a person reads them', () => {
    const { root, keyStaff, inner, purchases } = sampleTree();
    const numbers = numbering(root);
    expect([numbers.get(keyStaff.id), numbers.get(inner.id), numbers.get(purchases.id)]).toEqual(['1', '2', '2.2']);
  });
});

describe('conversion to the GraphQL input', () => {
  it('turns groups and every kind of condition into the API shape, leaving unset parts out', () => {
    const { root, purchases, keyStaff } = sampleTree();
    let tree = replaceCondition(root, purchases.id, {
      kind: 'purchases',
      owner: 'CONTACT',
      measure: 'COUNT',
      category: ' Spare parts ',
      atLeast: '3',
      atMost: '',
      period: 'lastDays',
      lastDays: '7',
      from: '',
      to: '',
    });
    tree = replaceCondition(tree, keyStaff.id, { kind: 'contact', field: 'COUNTRY', is: true, values: 'pl, de ,' });
    const equipment = newCondition('equipment');
    tree = addChild(tree, tree.id, equipment);
    tree = replaceCondition(tree, equipment.id, {
      kind: 'equipment',
      owner: 'COMPANY',
      product: 'Chiller',
      model: '',
      productionFrom: '',
      productionTo: '2018-12-31',
      purchaseFrom: '',
      purchaseTo: '',
    });
    const analytic = newCondition('analytic', [SIZE]);
    tree = addChild(tree, tree.id, analytic);
    tree = replaceCondition(tree, analytic.id, {
      ...(analytic.condition as Extract<ConditionNode['condition'], { kind: 'analytic' }>),
      atLeast: '2,5',
    });

    expect(toRuleInput(tree)).toEqual({
      all: [
        { condition: { contact: { field: 'COUNTRY', anyOf: ['PL', 'DE'] } } },
        {
          any: [
            { condition: { consent: { channel: 'EMAIL', state: 'GRANTED' } } },
            {
              condition: {
                purchases: { owner: 'CONTACT', measure: 'COUNT', category: 'Spare parts', atLeast: '3', lastDays: 7 },
              },
            },
          ],
        },
        { condition: { equipment: { owner: 'COMPANY', product: 'Chiller', productionDate: { to: '2018-12-31' } } } },
        { condition: { analytic: { analyticId: 'a1', number: { atLeast: '2.5' } } } },
      ],
    });
  });

  it('reads a stored rule back into the same input, the API’s `set` being the input’s isSet', () => {
    const stored: StoredRule = {
      any: [
        { condition: { analytic: { analyticId: 'a2', isSet: false } } },
        { condition: { company: { field: 'UPSELL_POTENTIAL', anyOf: ['MEDIUM', 'HIGH'] } } },
        {
          none: [
            {
              condition: {
                purchases: { measure: 'AMOUNT', atMost: 100, period: { from: '2026-01-01', to: '2026-03-31' } },
              },
            },
          ],
        },
      ],
    };
    const { tree, complete } = fromStoredRule(stored);
    expect(complete).toBe(true);
    expect(toRuleInput(tree)).toEqual({
      any: [
        { condition: { analytic: { analyticId: 'a2', isSet: false } } },
        { condition: { company: { field: 'UPSELL_POTENTIAL', anyOf: ['MEDIUM', 'HIGH'] } } },
        {
          none: [
            {
              condition: {
                purchases: {
                  owner: 'CONTACT',
                  measure: 'AMOUNT',
                  atMost: '100',
                  period: { from: '2026-01-01', to: '2026-03-31' },
                },
              },
            },
          ],
        },
      ],
    });
  });

  it('wraps a root condition in “all of” and tells when a rule is deeper than was read', () => {
    const single = fromStoredRule({ condition: { consent: { channel: 'SMS', state: 'WITHDRAWN' } } });
    expect(toRuleInput(single.tree)).toEqual({
      all: [{ condition: { consent: { channel: 'SMS', state: 'WITHDRAWN' } } }],
    });
    expect(single.complete).toBe(true);
    // The third level was read as type names only: its groups' children are unknown here.
    const deep = fromStoredRule({ all: [{ any: [{ all: [{}] } as StoredRule] }] });
    expect(deep.complete).toBe(false);
  });
});

describe('validation', () => {
  it('accepts a complete rule and an empty one (“all of nothing” selects everyone)', () => {
    expect(validateRule(sampleTree().root, { analytics: [] })).toEqual([]);
    expect(validateRule(newGroup('all'), { analytics: [] })).toEqual([]);
  });

  it('names the condition and the field of each problem', () => {
    const purchases = newCondition('purchases');
    const country = newCondition('contact');
    const segment = newCondition('analytic', [SEGMENT]);
    let root = newGroup('all', [purchases, country, segment]);
    root = replaceCondition(root, purchases.id, {
      kind: 'purchases',
      owner: 'CONTACT',
      measure: 'COUNT',
      category: '',
      atLeast: '5',
      atMost: '2',
      period: 'lastDays',
      lastDays: '4000',
      from: '',
      to: '',
    });
    root = replaceCondition(root, country.id, { kind: 'contact', field: 'COUNTRY', is: true, values: 'PL, Poland' });
    expect(validateRule(root, { analytics: [SEGMENT] })).toEqual([
      { nodeId: purchases.id, field: 'atMost', key: 'belowAtLeast' },
      { nodeId: purchases.id, field: 'lastDays', key: 'lastDays', values: { max: 3660 } },
      { nodeId: country.id, field: 'values', key: 'country', values: { value: 'Poland' } },
      { nodeId: segment.id, field: 'options', key: 'valuesRequired' },
    ]);
  });

  it('refuses a rule that names its own target group, an unknown analytic, a missing bound or date', () => {
    const self = newCondition('targetGroup');
    const analytic = newCondition('analytic');
    const range = newCondition('purchases');
    let root = newGroup('any', [self, analytic, range]);
    root = replaceCondition(root, self.id, { kind: 'targetGroup', targetGroupId: 'g1' });
    root = replaceCondition(root, range.id, {
      ...(range.condition as Extract<ConditionNode['condition'], { kind: 'purchases' }>),
      atLeast: '',
      period: 'range',
    });
    expect(validateRule(root, { analytics: [], selfId: 'g1' }).map((p) => p.key)).toEqual([
      'itself',
      'analyticRequired',
      'boundRequired',
      'dateRequired',
    ]);
  });

  it('refuses more nodes than the API takes', () => {
    const root = newGroup(
      'all',
      Array.from({ length: 100 }, () => newCondition('consent')),
    );
    expect(validateRule(root, { analytics: [] })).toEqual([{ nodeId: root.id, key: 'tooLarge', values: { max: 100 } }]);
  });
});

describe('the API’s errors on their nodes', () => {
  it('follows an error path to the condition and its field', () => {
    const { root, purchases, inner } = sampleTree();
    expect(nodeAtPath(root, 'rule.all[1].any[1].condition.purchases.atLeast')).toEqual({
      nodeId: purchases.id,
      field: 'atLeast',
    });
    expect(nodeAtPath(root, 'rule.all[1].any[1].condition.purchases.period.to')).toEqual({
      nodeId: purchases.id,
      field: 'to',
    });
    expect(nodeAtPath(root, 'rule.all[1]')).toEqual({ nodeId: inner.id });
    expect(nodeAtPath(root, 'rule')).toEqual({ nodeId: root.id });
    expect(nodeAtPath(root, 'timeZone')).toBeNull();
  });
});
