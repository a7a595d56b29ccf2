import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useTheme } from 'styled-components';

import type { EventType } from '../../../shared/contracts/events';
import type { EventsOnDay } from '../../../shared/contracts/health';
import { pluginMessage } from '../pluginMessage';

const TYPES: { type: EventType; label: ReturnType<typeof pluginMessage> }[] = [
  { type: 'view', label: pluginMessage('events.view', 'Product views') },
  { type: 'click', label: pluginMessage('events.click', 'Clicks on products') },
  { type: 'add_to_cart', label: pluginMessage('events.add_to_cart', 'Adds to cart') },
  { type: 'purchase', label: pluginMessage('events.purchase', 'Purchases') },
  { type: 'impression', label: pluginMessage('events.impression', 'Recommendations shown') },
];

const WIDTH = 600;
const HEIGHT = 48;

/**
 * Events per day, one row per type with its own scale (views outnumber purchases a hundred to one: on one scale
 * the purchases would not show). Each row: the type, its total over the days, and a bar per day.
 */
export const EventsByType = ({ perDay }: { perDay: EventsOnDay[] }) => {
  const { formatMessage, formatNumber, formatDate } = useIntl();
  const theme = useTheme();
  const slot = WIDTH / Math.max(perDay.length, 1);
  const dayLabel = (day: string) =>
    formatDate(`${day}T00:00:00Z`, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const first = perDay[0];
  const last = perDay[perDay.length - 1];
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      {TYPES.map(({ type, label }) => {
        const counts = perDay.map((day) => day.counts[type]);
        const total = counts.reduce((sum, count) => sum + count, 0);
        const max = Math.max(...counts, 1);
        const name = formatMessage(label);
        return (
          <Flex key={type} gap={4} alignItems="center">
            <Box width="22rem" shrink={0}>
              <Typography fontWeight="semiBold">{name}</Typography>
              <Typography variant="pi" textColor="neutral600" tag="p">
                {formatMessage(pluginMessage('events.total', '{count} in {days} days'), {
                  count: formatNumber(total),
                  days: perDay.length,
                })}
              </Typography>
            </Box>
            <Box grow={1}>
              <svg
                role="img"
                aria-label={formatMessage(pluginMessage('events.chartLabel', '{name} per day: {values}'), {
                  name,
                  values: perDay.map((day) => `${dayLabel(day.day)} ${day.counts[type]}`).join(', '),
                })}
                viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
                preserveAspectRatio="none"
                width="100%"
                height={HEIGHT}
              >
                <line
                  x1={0}
                  x2={WIDTH}
                  y1={HEIGHT - 0.5}
                  y2={HEIGHT - 0.5}
                  stroke={theme.colors.neutral200}
                />
                {counts.map((count, index) => {
                  const height = count === 0 ? 0 : Math.max((count / max) * (HEIGHT - 2), 2);
                  return (
                    <rect
                      key={perDay[index]?.day}
                      x={index * slot + slot * 0.15}
                      width={slot * 0.7}
                      y={HEIGHT - 1 - height}
                      height={height}
                      fill={theme.colors.primary600}
                    >
                      <title>{`${dayLabel(perDay[index]?.day ?? '')}: ${formatNumber(count)}`}</title>
                    </rect>
                  );
                })}
              </svg>
            </Box>
          </Flex>
        );
      })}
      {first !== undefined && last !== undefined && (
        <Flex justifyContent="space-between" paddingLeft="23.6rem">
          <Typography variant="pi" textColor="neutral600">
            {dayLabel(first.day)}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {dayLabel(last.day)}
          </Typography>
        </Flex>
      )}
    </Flex>
  );
};
