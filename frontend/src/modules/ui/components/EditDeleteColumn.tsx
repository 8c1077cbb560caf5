import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { useTranslation } from 'react-i18next';
import { RowActions } from './RowActions';

export type EditDeleteAction = 'edit' | 'delete';

type Props<T> = Readonly<{
  /** On narrow pages both actions share one "⋯" menu and the column has no header. */
  compact: boolean;
  onAction: (action: EditDeleteAction, item: T) => void;
}>;

/** A list's column with Edit and Delete for each named row (segments, channels, brands, suppliers). */
export function EditDeleteColumn<T extends { name: string }>({ compact, onAction }: Props<T>) {
  const { t } = useTranslation();
  return (
    <GridColumn<T> header={compact ? '' : t('common.actions')} autoWidth flexGrow={0}>
      {({ item }) => (
        <RowActions<EditDeleteAction>
          compact={compact}
          menuLabel={t('common.actionsFor', { name: item.name })}
          actions={[
            { action: 'edit', text: t('common.edit'), label: t('common.editLabel', { name: item.name }) },
            {
              action: 'delete',
              text: t('common.delete'),
              label: t('common.deleteLabel', { name: item.name }),
              destructive: true,
            },
          ]}
          onAction={(action) => onAction(action, item)}
        />
      )}
    </GridColumn>
  );
}
