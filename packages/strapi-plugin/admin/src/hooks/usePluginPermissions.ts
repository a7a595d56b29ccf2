import { useRBAC } from '@strapi/strapi/admin';

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
 * What the signed-in admin may do in the plugin. One useRBAC call per action because useRBAC names its answers
 * after the last part of the action, and `lists.manage` and `rules.manage` would both become `canManage`.
 */
export const usePluginPermissions = (): PluginPermissions => {
  const read = useRBAC(PERMISSIONS.read);
  const lists = useRBAC(PERMISSIONS.manageLists);
  const rules = useRBAC(PERMISSIONS.manageRules);
  const train = useRBAC(PERMISSIONS.train);
  const settings = useRBAC(PERMISSIONS.settings);
  const all = [read, lists, rules, train, settings];
  return {
    isLoading: all.some((answer) => answer.isLoading),
    canRead: read.allowedActions.canRead === true,
    canManageLists: lists.allowedActions.canManage === true,
    canManageRules: rules.allowedActions.canManage === true,
    canTrain: train.allowedActions.canTrain === true,
    canChangeSettings: settings.allowedActions.canSettings === true,
  };
};
