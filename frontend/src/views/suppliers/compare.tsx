import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { SupplierComparePage } from '../../modules/supplier/components/SupplierComparePage';

export const config: ViewConfig = {
  title: 'suppliers.compare.title',
  menu: { exclude: true },
};

export default function SupplierCompareView() {
  return <SupplierComparePage />;
}
