import { Alert, Button, Flex } from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';

import type { PluginSettings } from '../../../shared/contracts/settings';
import { settingsApi } from '../api/settingsApi';
import { CatalogMapping } from '../components/CatalogMapping';
import { LoadError } from '../components/LoadError';
import { PluginPage } from '../components/PluginPage';
import { Section } from '../components/Section';
import { useRemoteData } from '../hooks/useRemoteData';
import { pluginMessage } from '../pluginMessage';
import { errorMessage } from '../utils/errorMessage';
import { EngineSettings } from './settings/EngineSettings';
import { PrivacySettings } from './settings/PrivacySettings';
import { TrainingSettings } from './settings/TrainingSettings';

/** The catalog mapping, the training schedule, how events count, and privacy, saved together. */
export const SettingsPage = () => {
  const { formatMessage } = useIntl();
  const client = useFetchClient();
  const { toggleNotification } = useNotification();
  const loaded = useRemoteData('settings', async (fetchClient, signal) => {
    const [settings, contentTypes] = await Promise.all([
      settingsApi.get(fetchClient, signal),
      settingsApi.contentTypes(fetchClient, signal),
    ]);
    return { settings, contentTypes };
  });
  const [draft, setDraft] = useState<PluginSettings | null>(null);
  const [customSchedule, setCustomSchedule] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  useEffect(() => {
    if (loaded.data !== undefined) setDraft(loaded.data.settings);
  }, [loaded.data]);

  const title = formatMessage(pluginMessage('settings.title', 'Settings'));
  const save = async () => {
    if (draft === null) return;
    setSaving(true);
    setSaveError(null);
    try {
      setDraft(await settingsApi.update(client, draft));
      toggleNotification({
        type: 'success',
        message: formatMessage(
          pluginMessage(
            'settings.saved',
            'Settings saved. Weights and windows apply from the next training.',
          ),
        ),
      });
    } catch (error) {
      setSaveError(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  let content: ReactNode;
  if (loaded.error !== undefined) {
    content = (
      <LoadError
        what={formatMessage(pluginMessage('settings.what', 'The settings'))}
        error={loaded.error}
        onRetry={loaded.reload}
      />
    );
  } else if (draft === null || loaded.data === undefined) {
    content = <Page.Loading />;
  } else {
    const { training, engine, events } = draft;
    const setTraining = (patch: Partial<PluginSettings['training']>) =>
      setDraft({ ...draft, training: { ...training, ...patch } });
    content = (
      <Flex direction="column" alignItems="stretch" gap={6}>
        {saveError !== null && (
          <Alert
            variant="danger"
            closeLabel={formatMessage(pluginMessage('common.close', 'Close'))}
            title={formatMessage(pluginMessage('settings.refused', 'The settings were not saved'))}
            onClose={() => setSaveError(null)}
          >
            {saveError}
          </Alert>
        )}
        <Section
          title={formatMessage(pluginMessage('settings.catalog', 'Product catalog'))}
          hint={formatMessage(
            pluginMessage(
              'settings.catalogHint',
              'Which content type holds your products, and which of its fields give each piece of a product.',
            ),
          )}
        >
          <CatalogMapping
            catalog={draft.catalog}
            contentTypes={loaded.data.contentTypes}
            onChange={(catalog) => setDraft({ ...draft, catalog })}
          />
        </Section>

        <TrainingSettings
          training={training}
          customSchedule={customSchedule}
          onCustomScheduleChange={setCustomSchedule}
          onChange={setTraining}
        />
        <EngineSettings engine={engine} onChange={(next) => setDraft({ ...draft, engine: next })} />
        <PrivacySettings events={events} onChange={(next) => setDraft({ ...draft, events: next })} />
      </Flex>
    );
  }

  return (
    <PluginPage
      title={title}
      subtitle={formatMessage(
        pluginMessage(
          'settings.subtitle',
          'How the plugin reads your catalog, when it trains, and how events count.',
        ),
      )}
      primaryAction={
        draft === null ? undefined : (
          <Button startIcon={<Check />} onClick={save} loading={saving}>
            {formatMessage(pluginMessage('settings.save', 'Save'))}
          </Button>
        )
      }
    >
      {content}
    </PluginPage>
  );
};
