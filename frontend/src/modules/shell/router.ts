import { RouterConfigurationBuilder } from '@vaadin/hilla-file-router/runtime.js';
import fileRoutes from '../../generated/file-routes.js';
import { NotFoundPage } from './components/NotFoundPage';
import { flattenFileRoutes } from './menu';

/** The side navigation's entries, from the same routes the router serves. */
export const appMenu = flattenFileRoutes(fileRoutes);

/**
 * Built after sign-in has put the restored path in the address bar, because the browser router reads
 * the location when it is created.
 */
export function createAppRouter() {
  return new RouterConfigurationBuilder()
    .withFileRoutes(fileRoutes)
    .withFallback(NotFoundPage, { title: 'nav.notFound' })
    .build({ basename: import.meta.env.BASE_URL });
}
