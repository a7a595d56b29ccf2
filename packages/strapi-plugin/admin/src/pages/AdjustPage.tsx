import { Layouts, Page } from '@strapi/strapi/admin';

/** Placeholder of the app shell; replaced by the page itself. */
export const AdjustPage = () => (
  <Page.Main>
    <Layouts.Header title="Adjust AI results" />
  </Page.Main>
);
