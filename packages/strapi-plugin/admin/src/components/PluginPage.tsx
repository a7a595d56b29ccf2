import { Layouts, Page } from '@strapi/strapi/admin';
import type { ReactNode } from 'react';

export interface PluginPageProps {
  /** Shown in the header and in the browser tab. */
  title: string;
  subtitle?: string;
  primaryAction?: ReactNode;
  secondaryAction?: ReactNode;
  /** A way back, above the title (a link to the parent page). */
  navigationAction?: ReactNode;
  children: ReactNode;
}

/** The shell every plugin page shares: the tab title, Strapi's page header and the content area under it. */
export const PluginPage = ({
  title,
  subtitle,
  primaryAction,
  secondaryAction,
  navigationAction,
  children,
}: PluginPageProps) => (
  <Page.Main>
    <Page.Title>{title}</Page.Title>
    <Layouts.Header
      navigationAction={navigationAction}
      title={title}
      secondaryAction={secondaryAction}
      subtitle={subtitle}
      primaryAction={primaryAction}
    />
    <Layouts.Content>{children}</Layouts.Content>
  </Page.Main>
);
