import { Layouts, Page } from '@strapi/strapi/admin';
import type { ComponentProps, ReactNode } from 'react';

type HeaderProps = ComponentProps<typeof Layouts.Header>;

export interface PluginPageProps extends Omit<HeaderProps, 'title'> {
  /** The page's heading, also the browser tab's title. */
  title: string;
  children: ReactNode;
}

/** The shell every page of the plugin shares: the tab title, Strapi's page header (with its actions) and content. */
export function PluginPage({ title, children, ...header }: PluginPageProps) {
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header title={title} {...header} />
      <Layouts.Content>{children}</Layouts.Content>
    </Page.Main>
  );
}
