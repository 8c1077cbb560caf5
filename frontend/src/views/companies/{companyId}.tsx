import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { useParams } from 'react-router';
import { CompanyCard } from '../../modules/company/components/CompanyCard';

export const config: ViewConfig = {
  title: 'companies.cardTitle',
};

export default function CompanyCardView() {
  const { companyId = '' } = useParams();
  return <CompanyCard key={companyId} companyId={companyId} />;
}
