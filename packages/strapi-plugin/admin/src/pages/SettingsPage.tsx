import { Layouts, Page } from '@strapi/strapi/admin';

/** Placeholder of the app shell; replaced by the page itself. */
export const SettingsPage = () => (
  <Page.Main>
    <Layouts.Header title="Settings" />
  </Page.Main>
);
