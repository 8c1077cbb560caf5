import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { HomePage } from '../modules/shell/components/HomePage';

export const config: ViewConfig = {
  title: 'nav.home',
  menu: { order: 0 },
};

export default function HomeView() {
  return <HomePage />;
}
