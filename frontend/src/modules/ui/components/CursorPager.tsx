import { Button } from '@vaadin/react-components/Button.js';
import type { CursorPages } from '../hooks/useCursorPages';
import '../pages.css';

type Props = Readonly<{
  pages: CursorPages;
  pageInfo: Readonly<{ hasNextPage: boolean; endCursor?: string | null }> | undefined;
  previousLabel: string;
  nextLabel: string;
}>;

/** Previous and Next under a paged list; nothing while the list fits one page. */
export function CursorPager({ pages, pageInfo, previousLabel, nextLabel }: Props) {
  if (!pages.hasPrevious && !pageInfo?.hasNextPage) return null;
  const end = pageInfo?.hasNextPage ? pageInfo.endCursor : null;
  return (
    <div className="pager">
      <Button disabled={!pages.hasPrevious} onClick={pages.previous}>
        {previousLabel}
      </Button>
      <Button disabled={!end} onClick={() => end && pages.next(end)}>
        {nextLabel}
      </Button>
    </div>
  );
}
