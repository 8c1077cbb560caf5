import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { SettingsPage } from '../modules/balance/components/SettingsPage';

export const config: ViewConfig = {
  title: 'balance.settings.nav',
  menu: { order: 90 },
};

export default function SettingsView() {
  return <SettingsPage />;
}
