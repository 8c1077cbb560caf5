import { Button } from '@vaadin/react-components/Button.js';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { useTimelinePage, type TimelineOwner } from '../hooks/useTimelinePage';
import { describeEntry, type TimelineEntry } from '../timelineText';
import '../timeline.css';

type Props = Readonly<{ owner: TimelineOwner; workspaceId: string; id: string }>;

/** What happened to a contact or company, newest first, a page at a time ("Show more" loads the next). */
export function TimelinePanel({ owner, workspaceId, id }: Props) {
  const { t } = useTranslation();
  // The cursors after which the pages shown start: the first page starts at the newest entry.
  const [starts, setStarts] = useState<readonly (string | null)[]>([null]);
  const [next, setNext] = useState<string | null>(null);
  useEffect(() => setStarts([null]), [owner, workspaceId, id]);

  return (
    <section className="card timeline" aria-labelledby="timeline-title">
      <h3 id="timeline-title">{t('timeline.title')}</h3>
      <ol className="timeline__entries" id="timeline-entries">
        {starts.map((after, index) => (
          <TimelinePage
            key={after ?? 'newest'}
            owner={owner}
            workspaceId={workspaceId}
            id={id}
            after={after}
            onEnd={index === starts.length - 1 ? setNext : undefined}
          />
        ))}
      </ol>
      {next && (
        <Button id="timeline-more" onClick={() => setStarts((shown) => [...shown, next])}>
          {t('timeline.more')}
        </Button>
      )}
    </section>
  );
}

type PageProps = Props & Readonly<{ after: string | null; onEnd?: (nextCursor: string | null) => void }>;

function TimelinePage({ owner, workspaceId, id, after, onEnd }: PageProps) {
  const { t, i18n } = useTranslation();
  const { timeline, error, fetching, retry } = useTimelinePage(owner, workspaceId, id, after);
  const end = timeline?.pageInfo.hasNextPage ? (timeline.pageInfo.endCursor ?? null) : null;
  useEffect(() => {
    if (timeline) onEnd?.(end);
  }, [timeline, end, onEnd]);
  if (error && !timeline)
    return (
      <li>
        <ErrorState error={error} onRetry={retry} />
      </li>
    );
  if (!timeline && fetching)
    return (
      <li>
        <LoadingState />
      </li>
    );
  if (!timeline) return null;
  if (after === null && timeline.edges.length === 0) return <li className="muted">{t('timeline.empty')}</li>;
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      {timeline.edges.map(({ node }) => (
        <TimelineLine key={node.id} entry={node} when={format.format(new Date(node.at))} />
      ))}
    </>
  );
}

function TimelineLine({ entry, when }: Readonly<{ entry: TimelineEntry; when: string }>) {
  const { t } = useTranslation();
  const { key, values, terms = {} } = describeEntry(entry);
  const worded = { ...values, ...Object.fromEntries(Object.entries(terms).map(([name, term]) => [name, t(term)])) };
  return (
    <li className="timeline__entry">
      <time dateTime={entry.at}>{when}</time>
      <span>{t(key, worded)}</span>
      <span className="muted timeline__actor">{entry.actor}</span>
    </li>
  );
}
