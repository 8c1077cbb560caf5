import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { useParams } from 'react-router';
import { QualityContactsPage } from '../../modules/quality/components/QualityContactsPage';
import { figureOfPath } from '../../modules/quality/figures';
import { NotFoundPage } from '../../modules/shell/components/NotFoundPage';

export const config: ViewConfig = {
  title: 'quality.listTitle',
  menu: { exclude: true },
};

/** `/quality/<figure>`, e.g. `/quality/no-consent-email`: the contacts behind a figure of the dashboard. */
export default function QualityContactsView() {
  const { figure = '' } = useParams();
  const known = figureOfPath(figure);
  return known ? <QualityContactsPage key={known} figure={known} /> : <NotFoundPage />;
}
