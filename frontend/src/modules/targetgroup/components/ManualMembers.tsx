import { Button } from '@vaadin/react-components/Button.js';
import { ComboBox } from '@vaadin/react-components/ComboBox.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleInput } from '../../../generated/graphql';
import { generalErrorMessage } from '../../api/graphqlErrors';
import { FormError } from '../../ui/components/FormError';
import { useDebounced } from '../../ui/hooks/useDebounced';
import { useClearManualMembership } from '../hooks/useClearManualMembership';
import { useContactSearch } from '../hooks/useContactSearch';
import { useIncludeInTargetGroup } from '../hooks/useIncludeInTargetGroup';
import { usePreviewTargetGroup } from '../hooks/usePreviewTargetGroup';
import { MemberList, memberName } from './MemberList';

/** How many of the contacts included or excluded by hand are listed. */
const SHOWN = 50;

type Props = Readonly<{
  workspaceId: string;
  targetGroupId: string;
  /** The group's current rule as input; null when it is deeper than the page reads. */
  rule: RuleInput | null;
  timeZone: string;
  canWrite: boolean;
}>;

function memberOf(targetGroupId: string): RuleInput {
  return { condition: { targetGroup: { targetGroupId } } };
}

/**
 * The manual includes and excludes, apart from the rule. The API lists neither, so each is what a rule over the group
 * selects: kept out by hand = the rule's contacts that are not members; added by hand = members the rule does not
 * select. (Manual entries that change nothing, e.g. an include the rule selects anyway, do not show.)
 */
export function ManualMembers({ workspaceId, targetGroupId, rule, timeZone, canWrite }: Props) {
  const { t } = useTranslation();
  const member = memberOf(targetGroupId);
  const excluded = usePreviewTargetGroup(workspaceId, rule && { all: [rule, { none: [member] }] }, timeZone, SHOWN);
  const included = usePreviewTargetGroup(workspaceId, rule && { all: [member, { none: [rule] }] }, timeZone, SHOWN);
  const [clearState, clear] = useClearManualMembership();
  const takeBack = (contactId: string) => void clear({ workspaceId, id: targetGroupId, contactIds: [contactId] });

  if (!rule) return <p className="muted">{t('targetGroups.manual.tooDeep')}</p>;
  const undo = (name: string) => (m: { id: string; firstName: string; lastName: string; email: string }) =>
    canWrite && (
      <Button
        theme="tertiary small"
        disabled={clearState.fetching}
        aria-label={t(name, { name: memberName(m) })}
        onClick={() => takeBack(m.id)}
      >
        {t('targetGroups.manual.takeBack')}
      </Button>
    );
  return (
    <div className="tg-manual">
      <section aria-labelledby="tg-excluded-title">
        <h4 id="tg-excluded-title">{t('targetGroups.manual.excludedTitle')}</h4>
        {excluded.preview ? (
          excluded.preview.count === 0 ? (
            <p className="muted" id="tg-excluded-none">
              {t('targetGroups.manual.noneExcluded')}
            </p>
          ) : (
            <MemberList
              id="tg-excluded"
              members={excluded.preview.members}
              caption={t('targetGroups.manual.excludedCount', { count: excluded.preview.count })}
              actions={undo('targetGroups.manual.takeBackExclusion')}
            />
          )
        ) : (
          <FormError message={excluded.error && generalErrorMessage(excluded.error, t)} />
        )}
      </section>
      <section aria-labelledby="tg-included-title">
        <h4 id="tg-included-title">{t('targetGroups.manual.includedTitle')}</h4>
        {included.preview ? (
          included.preview.count === 0 ? (
            <p className="muted">{t('targetGroups.manual.noneIncluded')}</p>
          ) : (
            <MemberList
              id="tg-included"
              members={included.preview.members}
              caption={t('targetGroups.manual.includedCount', { count: included.preview.count })}
              actions={undo('targetGroups.manual.takeBackInclusion')}
            />
          )
        ) : (
          <FormError message={included.error && generalErrorMessage(included.error, t)} />
        )}
        {canWrite && <IncludeContact workspaceId={workspaceId} targetGroupId={targetGroupId} />}
      </section>
      <FormError message={clearState.error && generalErrorMessage(clearState.error, t)} />
    </div>
  );
}

type Found = { id: string; label: string };

function IncludeContact({ workspaceId, targetGroupId }: Readonly<{ workspaceId: string; targetGroupId: string }>) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const [picked, setPicked] = useState<Found | null>(null);
  const search = useDebounced(filter, 300);
  const { contacts } = useContactSearch(workspaceId, search);
  const [state, include] = useIncludeInTargetGroup();
  const items: Found[] = (contacts ?? []).map((c) => ({
    id: c.id,
    label: [memberName(c), c.email].filter(Boolean).join(' · '),
  }));
  return (
    <div className="tg-include">
      <ComboBox<Found>
        id="tg-include-search"
        label={t('targetGroups.manual.includeLabel')}
        helperText={t('targetGroups.manual.includeHelp')}
        filteredItems={items}
        itemLabelPath="label"
        itemValuePath="id"
        selectedItem={picked}
        onFilterChanged={(e) => setFilter(e.detail.value)}
        onSelectedItemChanged={(e) => setPicked(e.detail.value ?? null)}
      />
      <Button
        id="tg-include"
        disabled={!picked || state.fetching}
        onClick={async () => {
          if (!picked) return;
          const result = await include({ workspaceId, id: targetGroupId, contactIds: [picked.id] });
          if (!result.error) setPicked(null);
        }}
      >
        {t('targetGroups.manual.include')}
      </Button>
      <FormError message={state.error && generalErrorMessage(state.error, t)} />
    </div>
  );
}
