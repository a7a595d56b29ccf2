import { Field, Grid, NumberInput, Toggle } from '@strapi/design-system';
import type { ChangeEvent } from 'react';
import { useIntl } from 'react-intl';

import type { PluginSettings } from '../../../../shared/contracts/settings';
import { Section } from '../../components/Section';
import { pluginMessage } from '../../pluginMessage';

/** Whether shopper ids are stored hashed, and how many event requests a visitor may send. */
export const PrivacySettings = ({
  events,
  onChange,
}: {
  events: PluginSettings['events'];
  onChange: (events: PluginSettings['events']) => void;
}) => {
  const { formatMessage } = useIntl();
  return (
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
                onChange({ ...events, pseudonymizeUserIds: event.target.checked })
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
              onValueChange={(value) => onChange({ ...events, rateLimitPerMinute: value ?? 600 })}
            />
          </Field.Root>
        </Grid.Item>
      </Grid.Root>
    </Section>
  );
};
