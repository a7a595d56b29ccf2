import { Layouts, Page } from '@strapi/strapi/admin';

/** Placeholder of the app shell; replaced by the page itself. */
export const EditorialListsPage = () => (
  <Page.Main>
    <Layouts.Header title="Editorial lists" />
  </Page.Main>
);
