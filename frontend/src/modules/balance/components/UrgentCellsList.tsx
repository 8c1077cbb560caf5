import { Button } from '@vaadin/react-components/Button.js';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UrgentCellsQuery } from '../../../generated/graphql';
import { useUrgentCells } from '../hooks/useUrgentCells';
import { UrgencyChip } from '../../alert/components/UrgencyChip';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import type { BalanceCell } from '../types/Balance';

type Node = UrgentCellsQuery['urgentCells']['edges'][number]['node'];
const PAGE = 10;

type Props = Readonly<{
  workspaceId: string;
  from: string | null;
  to: string | null;
  onOpen: (cell: BalanceCell, segmentName: string, channelName: string) => void;
}>;

/** The cells ranked by gap, largest first (the API's urgentCells), a page at a time. */
export function UrgentCellsList({ workspaceId, from, to, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const [first, setFirst] = useState(PAGE);
  const { data, error, fetching, retry } = useUrgentCells({ workspaceId, from, to, first });
  useEffect(() => setFirst(PAGE), [workspaceId, from, to]);
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const connection = data?.urgentCells;
  const nodes: Node[] = connection?.edges.map((e) => e.node) ?? [];

  return (
    <section className="panel urgent-cells" aria-labelledby="urgent-title">
      <h3 id="urgent-title">
        {t('balance.urgent.title')}
        {connection && <span className="muted"> · {number.format(connection.totalCount)}</span>}
      </h3>
      {error && !data ? (
        <ErrorState error={error} onRetry={retry} />
      ) : fetching && !data ? (
        <LoadingState />
      ) : nodes.length === 0 ? (
        <p className="muted" id="urgent-empty">
          {t('balance.urgent.empty')}
        </p>
      ) : (
        <ol className="urgent-list" id="urgent-list">
          {nodes.map((node) => (
            <li key={`${node.segmentId}|${node.channelId}`}>
              <button
                type="button"
                className="urgent-list__item"
                data-segment={node.segment.name}
                data-channel={node.channel.name}
                onClick={() => onOpen(node, node.segment.name, node.channel.name)}
              >
                <UrgencyChip urgency={node.urgency} />
                <span className="urgent-list__name">
                  {node.segment.name} × {node.channel.name}
                </span>
                <span className="urgent-list__gap">{t('balance.gapValue', { gap: number.format(node.gap) })}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {connection?.pageInfo.hasNextPage && (
        <Button
          theme="tertiary"
          id="urgent-more"
          disabled={fetching}
          onClick={() => setFirst((n) => Math.min(500, n + PAGE * 2))}
        >
          {t('balance.urgent.more')}
        </Button>
      )}
    </section>
  );
}
