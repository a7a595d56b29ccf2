import type { FetchClient } from '@strapi/strapi/admin';

import type { FindContentTypes } from '../../../shared/contracts/content-types';
import type { GetSettings, UpdateSettings } from '../../../shared/contracts/settings';
import type { CheckSettings } from '../../../shared/contracts/settings-check';

type SettingsUpdate = UpdateSettings.Request['body'];

/** The plugin's settings: /recommendations/settings, /settings/check and /content-types. */
export const settingsApi = {
  get(client: FetchClient, signal?: AbortSignal) {
    return client
      .get<GetSettings.Response>('/recommendations/settings', { signal })
      .then((response) => response.data.data);
  },
  update(client: FetchClient, body: SettingsUpdate) {
    return client
      .put<UpdateSettings.Response, SettingsUpdate>('/recommendations/settings', body)
      .then((response) => response.data.data);
  },
  /** Validates without saving and maps a sample product; rejects with the server's message naming the field. */
  check(client: FetchClient, body: SettingsUpdate, signal?: AbortSignal) {
    return client
      .post<CheckSettings.Response, SettingsUpdate>('/recommendations/settings/check', body, { signal })
      .then((response) => response.data.data);
  },
  contentTypes(client: FetchClient, signal?: AbortSignal) {
    return client
      .get<FindContentTypes.Response>('/recommendations/content-types', { signal })
      .then((response) => response.data.data);
  },
};
