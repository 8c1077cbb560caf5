import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { SegmentsPage } from '../modules/segment/components/SegmentsPage';

export const config: ViewConfig = {
  title: 'segments.nav',
  menu: { order: 40 },
};

export default function SegmentsView() {
  return <SegmentsPage />;
}
