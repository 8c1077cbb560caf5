import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { WeightMatrixPage } from '../modules/channel/components/WeightMatrixPage';

export const config: ViewConfig = {
  title: 'channels.weights.nav',
  menu: { order: 60 },
};

export default function WeightsView() {
  return <WeightMatrixPage />;
}
