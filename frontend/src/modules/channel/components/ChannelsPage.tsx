import { GridSortColumn } from '@vaadin/react-components/GridSortColumn.js';
import { useTranslation } from 'react-i18next';
import '../../ui/pages.css';
import { useCanWrite } from '../../auth/hooks/useCanWrite';
import { DeleteConfirmDialog } from '../../ui/components/DeleteConfirmDialog';
import { RowsGrid } from '../../ui/components/RowsGrid';
import { PageNotice } from '../../ui/components/PageNotice';
import { useRowsPage } from '../../ui/hooks/useRowsPage';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { useChannels } from '../hooks/useChannels';
import { useDeleteChannel } from '../hooks/useDeleteChannel';
import type { Channel } from '../types/Channel';
import { ChannelFormDialog } from './ChannelFormDialog';
import { ListPage } from '../../ui/components/ListPage';

// Below this page width the type and publisher columns give way and the row actions fold into one menu.
const FULL_ROW_MIN_WIDTH = 640;

export function ChannelsPage() {
  const { t } = useTranslation();
  const { current } = useWorkspaces();
  const canWrite = useCanWrite();
  const workspaceId = current?.id ?? '';
  const { channels: listed, error, fetching, retry } = useChannels(current?.id ?? null);
  const [, deleteChannel] = useDeleteChannel();
  // The server refuses to delete a channel that publications still use.
  const { editor, notice, narrow, pageRef, onRowAction, onSaved, deleteDialog } = useRowsPage<Channel>({
    words: 'channels',
    narrowBelow: FULL_ROW_MIN_WIDTH,
    remove: (channel) => deleteChannel({ workspaceId, id: channel.id }),
  });

  if (!current) return <p className="empty">{t('channels.noWorkspace')}</p>;
  if (!listed && fetching) return <LoadingState />;
  if (!listed && error) return <ErrorState error={error} onRetry={retry} />;
  const channels = listed ?? [];

  return (
    <ListPage
      title={t('channels.title')}
      create={canWrite && { id: 'channel-create', label: t('channels.create'), onClick: editor.create }}
      pageRef={pageRef}
    >
      <PageNotice notice={notice} />

      <RowsGrid<Channel>
        id="channel-grid"
        rows={channels}
        label={t('channels.title')}
        empty={<p className="empty">{t('channels.empty')}</p>}
        narrow={narrow}
        onAction={canWrite && onRowAction}
      >
        <GridSortColumn<Channel> path="name" header={t('channels.name')} direction="asc" width="12rem" flexGrow={3}>
          {({ item }) => (
            <span className="entity-cell">
              <span className="entity-cell__name">{item.name}</span>
              {narrow && <span className="entity-cell__meta">{t(`channels.types.${item.type}`)}</span>}
              {item.url && !narrow && <span className="entity-cell__meta">{item.url}</span>}
            </span>
          )}
        </GridSortColumn>
        <GridSortColumn<Channel> path="type" header={t('channels.type')} autoWidth flexGrow={0} hidden={narrow}>
          {({ item }) => <span>{t(`channels.types.${item.type}`)}</span>}
        </GridSortColumn>
        <GridSortColumn<Channel>
          path="publisher"
          header={t('channels.publisher')}
          width="10rem"
          flexGrow={1}
          hidden={narrow}
        >
          {({ item }) => <span>{item.publisher ?? ''}</span>}
        </GridSortColumn>
      </RowsGrid>

      <ChannelFormDialog
        opened={editor.dialogOpened}
        workspaceId={workspaceId}
        channel={editor.edited}
        onClose={editor.closeDialog}
        onSaved={onSaved}
      />
      <DeleteConfirmDialog id="delete-confirm" {...deleteDialog} />
    </ListPage>
  );
}
