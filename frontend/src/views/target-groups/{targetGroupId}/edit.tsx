import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { useParams } from 'react-router';
import { TargetGroupBuilderPage } from '../../../modules/targetgroup/components/TargetGroupBuilderPage';

export const config: ViewConfig = {
  title: 'targetGroups.editRule',
  menu: { exclude: true },
};

export default function EditTargetGroupView() {
  const { targetGroupId = '' } = useParams();
  return <TargetGroupBuilderPage key={targetGroupId} targetGroupId={targetGroupId} />;
}
