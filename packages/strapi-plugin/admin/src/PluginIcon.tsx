import { Sparkle } from '@strapi/icons';

export const PluginIcon = () => <Sparkle />;
