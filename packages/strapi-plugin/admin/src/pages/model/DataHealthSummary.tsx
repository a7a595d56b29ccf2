import { Flex } from '@strapi/design-system';

import type { DataHealth } from '../../../../shared/contracts/health';
import { EventsByType } from '../../components/EventsByType';
import { EventsReceived } from './EventsReceived';
import { ProductsWithActivity } from './ProductsWithActivity';

/** What the model has to learn from: the events received, their mix per day, and the products they cover. */
export const DataHealthSummary = ({ health }: { health: DataHealth }) => (
  <Flex direction="column" alignItems="stretch" gap={5}>
    <EventsReceived events={health.events} />
    {health.events.latestAt !== null && <EventsByType perDay={health.events.perDay} />}
    <ProductsWithActivity products={health.products} />
  </Flex>
);
