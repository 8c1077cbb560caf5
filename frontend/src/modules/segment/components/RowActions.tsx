import { Button } from '@vaadin/react-components/Button.js';
import { MenuBar, type MenuBarItem } from '@vaadin/react-components/MenuBar.js';
import { useTranslation } from 'react-i18next';

export type RowAction = 'edit' | 'delete';

type Props = Readonly<{
  /** The row's name, for accessible names such as "Edit CIOs". */
  name: string;
  /** On narrow pages both actions share one "⋯" menu so the row keeps its width. */
  compact: boolean;
  onAction: (action: RowAction) => void;
}>;

type MenuData = { action?: RowAction };

/** Edit and Delete for one row of a list (segments, channels). */
export function RowActions({ name, compact, onAction }: Props) {
  const { t } = useTranslation();
  if (compact) {
    const items: MenuBarItem<MenuData>[] = [
      {
        component: (
          <span role="img" aria-label={t('segments.actionsFor', { name })} className="row-menu__glyph">
            ⋯
          </span>
        ),
        children: [
          { text: t('segments.edit'), action: 'edit' },
          { text: t('segments.delete'), action: 'delete' },
        ],
      },
    ];
    return (
      <MenuBar
        className="row-menu"
        theme="tertiary-inline"
        items={items}
        onItemSelected={(e) => {
          const action = (e.detail.value as MenuData).action;
          if (action) onAction(action);
        }}
      />
    );
  }
  return (
    <div className="row-actions">
      <Button theme="tertiary small" aria-label={t('segments.editLabel', { name })} onClick={() => onAction('edit')}>
        {t('segments.edit')}
      </Button>
      <Button theme="tertiary small error" aria-label={t('segments.deleteLabel', { name })} onClick={() => onAction('delete')}>
        {t('segments.delete')}
      </Button>
    </div>
  );
}
