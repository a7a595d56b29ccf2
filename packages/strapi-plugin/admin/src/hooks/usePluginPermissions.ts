import { useAuth } from '@strapi/strapi/admin';
import { useMemo } from 'react';

import { PERMISSIONS } from '../permissions';

export interface PluginPermissions {
  isLoading: boolean;
  canRead: boolean;
  canManageLists: boolean;
  canManageRules: boolean;
  canTrain: boolean;
  canChangeSettings: boolean;
}

/**
 * What the signed-in admin may do in the plugin, from the admin's permissions in Strapi's auth state, so that
 * the answer follows them when they arrive or change. Strapi's useRBAC checks once, when it mounts: on a page
 * opened directly, before the admin's permissions had loaded, it kept answering "no" (an empty navigation).
 * The plugin's actions have no subject and no conditions; the server checks every request anyway.
 */
export const usePluginPermissions = (): PluginPermissions => {
  const isLoading = useAuth('usePluginPermissions', (state) => state.isLoading);
  const granted = useAuth('usePluginPermissions', (state) => state.permissions);
  return useMemo(() => {
    const actions = new Set(granted.map((permission) => permission.action));
    const may = (required: { action: string }[]) => required.every(({ action }) => actions.has(action));
    return {
      isLoading,
      canRead: may(PERMISSIONS.read),
      canManageLists: may(PERMISSIONS.manageLists),
      canManageRules: may(PERMISSIONS.manageRules),
      canTrain: may(PERMISSIONS.train),
      canChangeSettings: may(PERMISSIONS.settings),
    };
  }, [granted, isLoading]);
};
