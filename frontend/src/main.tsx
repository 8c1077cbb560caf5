import '@vaadin/vaadin-lumo-styles/lumo.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './modules/i18n/i18n';
import { Bootstrap } from './modules/shell/components/Bootstrap';

initI18n();

createRoot(document.getElementById('outlet')!).render(
  <StrictMode>
    <Bootstrap />
  </StrictMode>,
);
