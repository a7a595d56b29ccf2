import { Layouts, Page } from '@strapi/strapi/admin';

/** Placeholder of the app shell; replaced by the page itself. */
export const PerformancePage = () => (
  <Page.Main>
    <Layouts.Header title="Performance" />
  </Page.Main>
);
