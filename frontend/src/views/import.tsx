import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { ImportPage } from '../modules/dataimport/components/ImportPage';

export const config: ViewConfig = {
  title: 'dataimport.nav',
  menu: { order: 70 },
};

export default function ImportView() {
  return <ImportPage />;
}
