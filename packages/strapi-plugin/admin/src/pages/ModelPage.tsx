import { Layouts, Page } from '@strapi/strapi/admin';

/** Placeholder of the app shell; replaced by the page itself. */
export const ModelPage = () => (
  <Page.Main>
    <Layouts.Header title="Model and data" />
  </Page.Main>
);
