import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { useTranslation } from 'react-i18next';
import { RowActions } from './RowActions';

export type EditDeleteAction = 'edit' | 'delete';

type Props<T> = Readonly<{
  /** On narrow pages both actions share one "⋯" menu and the column has no header. */
  compact: boolean;
  onAction: (action: EditDeleteAction, item: T) => void;
  /** How a row is named in its actions' accessible names ("Edit CIOs"). */
  nameOf: (item: T) => string;
}>;

/** A list's column with Edit and Delete for each row (segments, channels, brands, suppliers, companies, contacts). */
export function EditDeleteColumn<T>({ compact, onAction, nameOf }: Props<T>) {
  const { t } = useTranslation();
  return (
    <GridColumn<T> header={compact ? '' : t('common.actions')} autoWidth flexGrow={0}>
      {({ item }) => {
        const name = nameOf(item);
        return (
          <RowActions<EditDeleteAction>
            compact={compact}
            menuLabel={t('common.actionsFor', { name })}
            actions={[
              { action: 'edit', text: t('common.edit'), label: t('common.editLabel', { name }) },
              {
                action: 'delete',
                text: t('common.delete'),
                label: t('common.deleteLabel', { name }),
                destructive: true,
              },
            ]}
            onAction={(action) => onAction(action, item)}
          />
        );
      }}
    </GridColumn>
  );
}
