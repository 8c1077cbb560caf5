import type { TFunction } from 'i18next';
import { fieldErrors, generalErrorMessage, hasErrorCode, type ErrorSource } from '../api/graphqlErrors';
import { nodeAtPath, numbering, type RuleProblem } from './rule';
import type { GroupNode, RuleNode, ShownProblem } from './types/RuleTree';

/** Problems by node, worded, and the one line that names the first of them for the live status. */
export type WordedProblems = Readonly<{
  byNode: ReadonlyMap<string, readonly ShownProblem[]>;
  /** "Condition 2.1 (Purchases): Must not be below “at least”." — or a problem of the whole request. */
  headline?: string;
  /** Errors about other arguments than the rule, by argument ("name"). */
  others: Readonly<Record<string, string>>;
}>;

function find(root: GroupNode, id: string): RuleNode | undefined {
  if (root.id === id) return root;
  for (const child of root.children) {
    const found = child.type === 'group' ? find(child, id) : child.id === id ? child : undefined;
    if (found) return found;
  }
  return undefined;
}

/** "Condition 2.1 (Purchases)", "Group 2", "The rule": how the status names a node. */
export function nodeName(root: GroupNode, id: string, t: TFunction): string {
  const number = numbering(root).get(id);
  const node = find(root, id);
  if (!number || !node) return t('targetGroups.rule.root');
  return node.type === 'group'
    ? t('targetGroups.rule.groupNamed', { number })
    : t('targetGroups.rule.conditionNamed', { number, kind: t(`targetGroups.kinds.${node.condition.kind}`) });
}

function collect(root: GroupNode, entries: readonly (ShownProblem & { nodeId: string })[], t: TFunction) {
  const byNode = new Map<string, ShownProblem[]>();
  for (const { nodeId, ...problem } of entries) byNode.set(nodeId, [...(byNode.get(nodeId) ?? []), problem]);
  const first = entries[0];
  return { byNode, headline: first && `${nodeName(root, first.nodeId, t)}: ${first.message}` };
}

/** The builder's own findings, worded by `targetGroups.problems.<key>`. */
export function wordLocalProblems(root: GroupNode, problems: readonly RuleProblem[], t: TFunction): WordedProblems {
  return {
    ...collect(
      root,
      problems.map((p) => ({
        nodeId: p.nodeId,
        field: p.field,
        message: t(`targetGroups.problems.${p.key}`, p.values),
      })),
      t,
    ),
    others: {},
  };
}

/**
 * The API's refusal of a rule (as previewed or saved with `root`): errors on a rule path go to their node, a
 * statement timeout gets its own words, the rest is one line.
 */
export function wordApiProblems(root: GroupNode, error: ErrorSource, t: TFunction): WordedProblems {
  if (!error) return { byNode: new Map(), others: {} };
  if (hasErrorCode(error, 'TIMEOUT'))
    return { byNode: new Map(), headline: t('targetGroups.preview.timeout'), others: {} };
  const fields = fieldErrors(error, t);
  const onRule: (ShownProblem & { nodeId: string })[] = [];
  const others: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const at = nodeAtPath(root, path);
    if (at) onRule.push({ nodeId: at.nodeId, field: at.field, message });
    else others[path] = message;
  }
  const { byNode, headline } = collect(root, onRule, t);
  return { byNode, headline: headline ?? generalErrorMessage(error, t, fields), others };
}
