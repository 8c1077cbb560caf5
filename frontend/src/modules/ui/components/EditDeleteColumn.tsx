import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { useTranslation } from 'react-i18next';
import { RowActions } from './RowActions';

export type EditDeleteAction = 'edit' | 'delete';

type Props<T> = Readonly<{
  /** On narrow pages both actions share one "⋯" menu and the column has no header. */
  compact: boolean;
  onAction: (action: EditDeleteAction, item: T) => void;
}>;

/** A list's column with Edit and Delete for each named row (segments, channels). */
export function EditDeleteColumn<T extends { name: string }>({ compact, onAction }: Props<T>) {
  const { t } = useTranslation();
  return (
    <GridColumn<T> header={compact ? '' : t('segments.actions')} autoWidth flexGrow={0}>
      {({ item }) => (
        <RowActions<EditDeleteAction>
          compact={compact}
          menuLabel={t('segments.actionsFor', { name: item.name })}
          actions={[
            { action: 'edit', text: t('segments.edit'), label: t('segments.editLabel', { name: item.name }) },
            {
              action: 'delete',
              text: t('segments.delete'),
              label: t('segments.deleteLabel', { name: item.name }),
              destructive: true,
            },
          ]}
          onAction={(action) => onAction(action, item)}
        />
      )}
    </GridColumn>
  );
}
