import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { DuplicatesPage } from '../../../modules/contact/components/DuplicatesPage';

export const config: ViewConfig = {
  title: 'duplicates.title',
  menu: { exclude: true },
};

export default function DuplicatesView() {
  return <DuplicatesPage />;
}
