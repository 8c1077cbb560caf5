import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { ChannelsPage } from '../modules/channel/components/ChannelsPage';

export const config: ViewConfig = {
  title: 'channels.nav',
  menu: { order: 50 },
};

export default function ChannelsView() {
  return <ChannelsPage />;
}
