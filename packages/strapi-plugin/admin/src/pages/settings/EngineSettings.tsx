import { DEFAULT_CONFIG } from '@aisle/engine';
import type { EngineConfigInput } from '@aisle/engine';
import { Field, Grid, NumberInput } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { Section } from '../../components/Section';
import { pluginMessage } from '../../pluginMessage';
import { withValue } from './withValue';

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
  { key: 'bestSellingDays', message: pluginMessage('windows.bestSellingDays', 'Best sellers window (days)') },
  { key: 'trendingDays', message: pluginMessage('windows.trendingDays', 'Trending window (days)') },
  {
    key: 'trendingBaselineDays',
    message: pluginMessage('windows.trendingBaselineDays', 'Trending compared with (days before)'),
  },
];

const HALF_LIVES: {
  key: 'halfLifeDays' | 'coPurchaseHalfLifeDays';
  message: ReturnType<typeof pluginMessage>;
  hint: ReturnType<typeof pluginMessage>;
}[] = [
  {
    key: 'halfLifeDays',
    message: pluginMessage('settings.halfLife', 'Half-life (days)'),
    hint: pluginMessage(
      'settings.halfLifeHint',
      "A shopper's view, cart or purchase counts half as much after this many days in their picks (orders keep linking products whatever their age).",
    ),
  },
  {
    key: 'coPurchaseHalfLifeDays',
    message: pluginMessage('settings.coPurchaseHalfLife', "Orders' half-life (days)"),
    hint: pluginMessage(
      'settings.coPurchaseHalfLifeHint',
      'An order counts half as much after this many days; 0 (the default): every order counts fully, whatever its age. Set it for an assortment that turns over by season.',
    ),
  },
];

/** How much each kind of event counts, how fast it fades, and the windows of the time-based lists. */
export const EngineSettings = ({
  engine,
  onChange,
}: {
  engine: EngineConfigInput;
  onChange: (engine: EngineConfigInput) => void;
}) => {
  const { formatMessage } = useIntl();
  return (
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
                  onChange({ ...engine, weights: withValue(engine.weights, key, value) })
                }
              />
            </Field.Root>
          </Grid.Item>
        ))}
        {HALF_LIVES.map(({ key, message, hint }) => (
          <Grid.Item key={key} col={3} s={6} xs={12} direction="column" alignItems="stretch">
            <Field.Root name={key} hint={formatMessage(hint)}>
              <Field.Label>{formatMessage(message)}</Field.Label>
              <NumberInput
                placeholder={String(DEFAULT_CONFIG[key])}
                value={engine[key]}
                onValueChange={(value) => onChange(withValue(engine, key, value))}
              />
              <Field.Hint />
            </Field.Root>
          </Grid.Item>
        ))}
        {WINDOWS.map(({ key, message }) => (
          <Grid.Item key={key} col={3} s={6} xs={12} direction="column" alignItems="stretch">
            <Field.Root name={`window-${key}`}>
              <Field.Label>{formatMessage(message)}</Field.Label>
              <NumberInput
                placeholder={String(DEFAULT_CONFIG.windows[key])}
                value={engine.windows?.[key]}
                onValueChange={(value) =>
                  onChange({ ...engine, windows: withValue(engine.windows, key, value) })
                }
              />
            </Field.Root>
          </Grid.Item>
        ))}
      </Grid.Root>
    </Section>
  );
};
