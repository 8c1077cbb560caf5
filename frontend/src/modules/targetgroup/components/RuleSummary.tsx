import { useTranslation } from 'react-i18next';
import { describeCondition, type SummaryContext } from '../summary';
import type { GroupNode, RuleAnalytic, RuleNode } from '../types/RuleTree';

type Props = Readonly<{
  root: GroupNode;
  analytics: readonly RuleAnalytic[];
  targetGroupName: (id: string) => string | undefined;
}>;

/** A rule as nested sentences: "All of these: …", each condition worded in the user's language. */
export function RuleSummary({ root, analytics, targetGroupName }: Props) {
  const { t, i18n } = useTranslation();
  const ctx: SummaryContext = { t, locale: i18n.language, analytics, targetGroupName };
  return (
    <div className="rule-summary" id="tg-rule-summary">
      <Group group={root} ctx={ctx} />
    </div>
  );
}

function Group({ group, ctx }: Readonly<{ group: GroupNode; ctx: SummaryContext }>) {
  const { t } = ctx;
  if (group.children.length === 0)
    return <p className="rule-summary__group">{t(`targetGroups.summary.emptyGroup.${group.kind}`)}</p>;
  return (
    <>
      <p className="rule-summary__group">{t(`targetGroups.summary.group.${group.kind}`)}</p>
      <ul className="rule-summary__list">
        {group.children.map((child: RuleNode) => (
          <li key={child.id}>
            {child.type === 'group' ? <Group group={child} ctx={ctx} /> : describeCondition(child.condition, ctx)}
          </li>
        ))}
      </ul>
    </>
  );
}
