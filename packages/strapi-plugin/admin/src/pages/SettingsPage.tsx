import { DEFAULT_CONFIG } from '@aisle/engine';
import type { EngineConfigInput } from '@aisle/engine';
import {
  Alert,
  Button,
  Field,
  Flex,
  Grid,
  NumberInput,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Toggle,
} from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import type { ChangeEvent, ReactNode } from 'react';
import { useIntl } from 'react-intl';

import type { PluginSettings } from '../../../shared/contracts/settings';
import { settingsApi } from '../api/settingsApi';
import { CatalogMapping } from '../components/CatalogMapping';
import { LoadError } from '../components/LoadError';
import { Section } from '../components/Section';
import { useRemoteData } from '../hooks/useRemoteData';
import { PluginPage } from '../components/PluginPage';
import { pluginMessage } from '../pluginMessage';
import { errorMessage } from '../utils/errorMessage';

const SCHEDULES = [
  { cron: '0 * * * *', message: pluginMessage('schedule.hourly', 'Every hour') },
  { cron: '0 */6 * * *', message: pluginMessage('schedule.sixHours', 'Every 6 hours') },
  { cron: '0 3 * * *', message: pluginMessage('schedule.daily', 'Every night at 3:00') },
  { cron: 'off', message: pluginMessage('schedule.off', 'Only when someone clicks “Train now”') },
  { cron: 'custom', message: pluginMessage('schedule.custom', 'Custom (cron expression)') },
];

type Weights = NonNullable<EngineConfigInput['weights']>;
type Windows = NonNullable<EngineConfigInput['windows']>;

const WEIGHTS: { key: keyof Weights; message: ReturnType<typeof pluginMessage> }[] = [
  { key: 'view', message: pluginMessage('weights.view', 'A product view') },
  { key: 'click', message: pluginMessage('weights.click', 'A click on a product') },
  { key: 'add_to_cart', message: pluginMessage('weights.add_to_cart', 'An add to cart') },
  { key: 'purchase', message: pluginMessage('weights.purchase', 'A purchase') },
];

const WINDOWS: { key: keyof Windows; message: ReturnType<typeof pluginMessage> }[] = [
  { key: 'newDays', message: pluginMessage('windows.newDays', 'New arrivals window (days)') },
  {
    key: 'bestSellingDays',
    message: pluginMessage('windows.bestSellingDays', 'Best sellers window (days)'),
  },
  {
    key: 'trendingDays',
    message: pluginMessage('windows.trendingDays', 'Trending window (days)'),
  },
  {
    key: 'trendingBaselineDays',
    message: pluginMessage('windows.trendingBaselineDays', 'Trending compared with (days before)'),
  },
];

/** Without a value the engine's default applies: an empty input removes the key. */
function withValue<T extends object>(object: T | undefined, key: keyof T, value: number | undefined): T {
  const next = { ...(object ?? {}) } as T;
  if (value === undefined) delete next[key];
  else (next as Record<keyof T, number>)[key] = value;
  return next;
}

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
    const preset = customSchedule
      ? 'custom'
      : training.schedule === null
        ? 'off'
        : SCHEDULES.some((entry) => entry.cron === training.schedule)
          ? training.schedule
          : 'custom';
    const setTraining = (patch: Partial<PluginSettings['training']>) =>
      setDraft({ ...draft, training: { ...training, ...patch } });
    const setEngine = (next: EngineConfigInput) => setDraft({ ...draft, engine: next });
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

        <Section
          title={formatMessage(pluginMessage('settings.training', 'Training'))}
          hint={formatMessage(
            pluginMessage('settings.trainingHint', 'When the model learns again from the latest events.'),
          )}
        >
          <Grid.Root gap={4}>
            <Grid.Item col={6} xs={12} direction="column" alignItems="stretch">
              <Field.Root name="schedule">
                <Field.Label>{formatMessage(pluginMessage('settings.schedule', 'Schedule'))}</Field.Label>
                <SingleSelect
                  value={preset}
                  onChange={(value) => {
                    const choice = String(value);
                    setCustomSchedule(choice === 'custom');
                    if (choice === 'off') setTraining({ schedule: null });
                    else if (choice !== 'custom') setTraining({ schedule: choice });
                  }}
                >
                  {SCHEDULES.map((entry) => (
                    <SingleSelectOption key={entry.cron} value={entry.cron}>
                      {formatMessage(entry.message)}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            </Grid.Item>
            {preset === 'custom' && (
              <Grid.Item col={6} xs={12} direction="column" alignItems="stretch">
                <Field.Root
                  name="cron"
                  hint={formatMessage(
                    pluginMessage(
                      'settings.cronHint',
                      'Minute, hour, day, month, weekday: "30 2 * * 1" is Mondays at 2:30.',
                    ),
                  )}
                >
                  <Field.Label>
                    {formatMessage(pluginMessage('settings.cron', 'Cron expression'))}
                  </Field.Label>
                  <TextInput
                    value={training.schedule ?? ''}
                    onChange={(event: ChangeEvent<HTMLInputElement>) =>
                      setTraining({ schedule: event.target.value })
                    }
                  />
                  <Field.Hint />
                </Field.Root>
              </Grid.Item>
            )}
            <Grid.Item col={6} xs={12} direction="column" alignItems="stretch">
              <Field.Root
                name="retrain"
                hint={formatMessage(
                  pluginMessage(
                    'settings.retrainHint',
                    'Learn from new orders soon after they arrive, for bought-together lists. Empty: wait for the schedule.',
                  ),
                )}
              >
                <Field.Label>
                  {formatMessage(
                    pluginMessage('settings.retrain', 'Train again … seconds after a new order'),
                  )}
                </Field.Label>
                <NumberInput
                  value={training.retrainAfterPurchasesSeconds ?? undefined}
                  onValueChange={(value) => setTraining({ retrainAfterPurchasesSeconds: value ?? null })}
                />
                <Field.Hint />
              </Field.Root>
            </Grid.Item>
            <Grid.Item col={6} xs={12} direction="column" alignItems="stretch">
              <Field.Root
                name="memory"
                hint={formatMessage(
                  pluginMessage(
                    'settings.memoryHint',
                    'A training that needs more stops, and the current model keeps serving.',
                  ),
                )}
              >
                <Field.Label>
                  {formatMessage(pluginMessage('settings.memory', 'Memory for a training (MB)'))}
                </Field.Label>
                <NumberInput
                  value={training.memoryLimitMb}
                  onValueChange={(value) => setTraining({ memoryLimitMb: value ?? 2048 })}
                />
                <Field.Hint />
              </Field.Root>
            </Grid.Item>
          </Grid.Root>
        </Section>

        <Section
          title={formatMessage(pluginMessage('settings.engine', 'How shopper events count'))}
          hint={formatMessage(
            pluginMessage(
              'settings.engineHint',
              'Empty fields keep the default shown in grey. Changes apply from the next training.',
            ),
          )}
        >
          <Grid.Root gap={4}>
            {WEIGHTS.map(({ key, message }) => (
              <Grid.Item key={key} col={3} s={6} xs={12} direction="column" alignItems="stretch">
                <Field.Root name={`weight-${key}`}>
                  <Field.Label>{formatMessage(message)}</Field.Label>
                  <NumberInput
                    step={0.5}
                    placeholder={String(DEFAULT_CONFIG.weights[key])}
                    value={engine.weights?.[key]}
                    onValueChange={(value) =>
                      setEngine({ ...engine, weights: withValue(engine.weights, key, value) })
                    }
                  />
                </Field.Root>
              </Grid.Item>
            ))}
            <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
              <Field.Root
                name="halfLife"
                hint={formatMessage(
                  pluginMessage(
                    'settings.halfLifeHint',
                    'An event counts half as much after this many days.',
                  ),
                )}
              >
                <Field.Label>
                  {formatMessage(pluginMessage('settings.halfLife', 'Half-life (days)'))}
                </Field.Label>
                <NumberInput
                  placeholder={String(DEFAULT_CONFIG.halfLifeDays)}
                  value={engine.halfLifeDays}
                  onValueChange={(value) => {
                    const next = { ...engine };
                    if (value === undefined) delete next.halfLifeDays;
                    else next.halfLifeDays = value;
                    setEngine(next);
                  }}
                />
                <Field.Hint />
              </Field.Root>
            </Grid.Item>
            {WINDOWS.map(({ key, message }) => (
              <Grid.Item key={key} col={3} s={6} xs={12} direction="column" alignItems="stretch">
                <Field.Root name={`window-${key}`}>
                  <Field.Label>{formatMessage(message)}</Field.Label>
                  <NumberInput
                    placeholder={String(DEFAULT_CONFIG.windows[key])}
                    value={engine.windows?.[key]}
                    onValueChange={(value) =>
                      setEngine({ ...engine, windows: withValue(engine.windows, key, value) })
                    }
                  />
                </Field.Root>
              </Grid.Item>
            ))}
          </Grid.Root>
        </Section>

        <Section title={formatMessage(pluginMessage('settings.privacy', 'Privacy and limits'))}>
          <Grid.Root gap={4}>
            <Grid.Item col={6} xs={12} direction="column" alignItems="stretch">
              <Field.Root
                name="pseudonymize"
                hint={formatMessage(
                  pluginMessage(
                    'settings.pseudonymizeHint',
                    'Shopper ids are stored hashed with a secret; new events only.',
                  ),
                )}
              >
                <Field.Label>
                  {formatMessage(pluginMessage('settings.pseudonymize', 'Pseudonymize shopper ids'))}
                </Field.Label>
                <Toggle
                  onLabel={formatMessage(pluginMessage('common.on', 'On'))}
                  offLabel={formatMessage(pluginMessage('common.off', 'Off'))}
                  checked={events.pseudonymizeUserIds}
                  onChange={(event: ChangeEvent<HTMLInputElement>) =>
                    setDraft({ ...draft, events: { ...events, pseudonymizeUserIds: event.target.checked } })
                  }
                />
                <Field.Hint />
              </Field.Root>
            </Grid.Item>
            <Grid.Item col={6} xs={12} direction="column" alignItems="stretch">
              <Field.Root name="rateLimit">
                <Field.Label>
                  {formatMessage(
                    pluginMessage('settings.rateLimit', 'Event requests a visitor may send a minute'),
                  )}
                </Field.Label>
                <NumberInput
                  value={events.rateLimitPerMinute}
                  onValueChange={(value) =>
                    setDraft({ ...draft, events: { ...events, rateLimitPerMinute: value ?? 600 } })
                  }
                />
              </Field.Root>
            </Grid.Item>
          </Grid.Root>
        </Section>
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
