import { BaseQualityContactsDocument, type QualityFigure } from '../../../generated/graphql';
import { useQueryPages } from '../../paging/useQueryPages';

/** The contacts behind a quality figure as they stand now, as a window of pages a grid scrolls through. */
export function useQualityContactPages(workspaceId: string | undefined, figure: QualityFigure) {
  return useQueryPages(
    BaseQualityContactsDocument,
    workspaceId ? { workspaceId, figure } : null,
    (data) => data.baseQualityContacts,
  );
}
