import { Button } from '@vaadin/react-components/Button.js';
import { MenuBar, type MenuBarItem } from '@vaadin/react-components/MenuBar.js';

export type RowActionItem<A extends string> = Readonly<{
  action: A;
  text: string;
  /** The button's accessible name, naming the row ("Edit CIOs"). */
  label: string;
  /** A destructive action, shown in the error colour. */
  destructive?: boolean;
  disabled?: boolean;
}>;

type Props<A extends string> = Readonly<{
  actions: readonly RowActionItem<A>[];
  /** The "⋯" menu's accessible name, naming the row. */
  menuLabel: string;
  /** On narrow pages the actions share one "⋯" menu so the row keeps its width. */
  compact: boolean;
  className?: string;
  onAction: (action: A) => void;
}>;

type MenuData<A> = { action?: A };

/** The actions of one row of a list: tertiary buttons, or on narrow pages one "⋯" menu. */
export function RowActions<A extends string>({ actions, menuLabel, compact, className, onAction }: Props<A>) {
  if (compact) {
    const items: MenuBarItem<MenuData<A>>[] = [
      {
        // The menu button takes its accessible name from its content, so the label sits on the glyph.
        component: (
          <span role="img" aria-label={menuLabel} className="row-menu__glyph">
            ⋯
          </span>
        ),
        children: actions.map(({ action, text, disabled }) => ({
          text,
          action,
          ...(disabled === undefined ? {} : { disabled }),
        })),
      },
    ];
    return (
      <MenuBar
        className="row-menu"
        theme="tertiary-inline"
        items={items}
        onItemSelected={(e) => {
          const action = (e.detail.value as MenuData<A>).action;
          if (action) onAction(action);
        }}
      />
    );
  }
  return (
    <div className={className ? `row-actions ${className}` : 'row-actions'}>
      {actions.map(({ action, text, label, destructive, disabled }) => (
        <Button
          key={action}
          theme={destructive ? 'tertiary small error' : 'tertiary small'}
          disabled={disabled}
          aria-label={label}
          onClick={() => onAction(action)}
        >
          {text}
        </Button>
      ))}
    </div>
  );
}
