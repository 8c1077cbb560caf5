import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { BrandsPage } from '../modules/brand/components/BrandsPage';

export const config: ViewConfig = {
  title: 'brands.nav',
  menu: { order: 60 },
};

export default function BrandsView() {
  return <BrandsPage />;
}
