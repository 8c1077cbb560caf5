import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { TargetGroupBuilderPage } from '../../modules/targetgroup/components/TargetGroupBuilderPage';

export const config: ViewConfig = {
  title: 'targetGroups.builder.createTitle',
  menu: { exclude: true },
};

export default function NewTargetGroupView() {
  return <TargetGroupBuilderPage />;
}
