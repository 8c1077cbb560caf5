import { Button } from '@vaadin/react-components/Button.js';
import type { ReactNode, Ref } from 'react';

type Props = Readonly<{
  title: string;
  /** The create button, shown only to users who may create. */
  create?: { id: string; label: string; onClick: () => void } | false;
  pageRef?: Ref<HTMLElement>;
  children: ReactNode;
}>;

/** The frame of a list page: its title with the create button, then the page's notices, list and dialogs. */
export function ListPage({ title, create, pageRef, children }: Props) {
  return (
    <section className="page" ref={pageRef}>
      <header className="page__header">
        <h2>{title}</h2>
        {create && (
          <Button id={create.id} theme="primary" onClick={create.onClick}>
            {create.label}
          </Button>
        )}
      </header>
      {children}
    </section>
  );
}
