import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { useSearchParams } from 'react-router';
import { MergePage } from '../../../modules/contact/components/MergePage';

export const config: ViewConfig = {
  title: 'merge.title',
  menu: { exclude: true },
};

/** `/contacts/duplicates/merge?contact=<id>&other=<id>`: the first is offered as the one that stays. */
export default function MergeView() {
  const [params] = useSearchParams();
  const contactId = params.get('contact') ?? '';
  const otherId = params.get('other') ?? '';
  return <MergePage key={`${contactId}-${otherId}`} contactId={contactId} otherId={otherId} />;
}
