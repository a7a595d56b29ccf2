import { Layouts, Page } from '@strapi/strapi/admin';

/** Placeholder of the app shell; replaced by the page itself. */
export const OverviewPage = () => (
  <Page.Main>
    <Layouts.Header title="Overview" />
  </Page.Main>
);
