import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { useParams } from 'react-router';
import { TargetGroupPage } from '../../../modules/targetgroup/components/TargetGroupPage';

export const config: ViewConfig = {
  title: 'targetGroups.title',
  menu: { exclude: true },
};

export default function TargetGroupView() {
  const { targetGroupId = '' } = useParams();
  // A fresh page (members from the first page) for each target group.
  return <TargetGroupPage key={targetGroupId} targetGroupId={targetGroupId} />;
}
