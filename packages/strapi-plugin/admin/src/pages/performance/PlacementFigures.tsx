import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';

import { placementsApi } from '../../api/placementsApi';
import { SectionCard } from '../../components/SectionCard';
import { useRemoteData } from '../../hooks/useRemoteData';
import { pluginMessage } from '../../pluginMessage';
import { VariantFigures } from '../placements/VariantFigures';

/**
 * Each placement module's figures over the window, variant by variant (an A/B test's verdict with them), linking to
 * the placement where the winner can be kept. Nothing when no placement has been shown.
 */
export const PlacementFigures = ({ days }: { days: 7 | 30 }) => {
  const { formatMessage } = useIntl();
  const data = useRemoteData('placement-performance', async (client, signal) => {
    const [figures, placements] = await Promise.all([
      placementsApi.performance(client, signal),
      placementsApi.find(client, signal),
    ]);
    return { figures, placements };
  });
  const modules = data.data?.figures.find((window) => window.days === days)?.modules ?? [];
  if (modules.length === 0) return null;
  const bySlot = new Map(data.data!.placements.map((placement) => [placement.slot, placement]));
  return (
    <SectionCard title={formatMessage(pluginMessage('performance.placements', 'Placements and A/B tests'))}>
      <Flex direction="column" alignItems="stretch" gap={6}>
        {modules.map((module) => {
          const placement = bySlot.get(module.slot);
          const name = `${placement?.name ?? module.slot} · ${module.module}`;
          return (
            <Flex key={`${module.slot}:${module.module}`} direction="column" alignItems="stretch" gap={2}>
              {placement ? (
                <Link to={`../placements/${placement.id}`}>
                  <Typography variant="omega" fontWeight="semiBold">
                    {name}
                  </Typography>
                </Link>
              ) : (
                <Typography variant="omega" fontWeight="semiBold">
                  {name}
                </Typography>
              )}
              <VariantFigures figures={module} readOnly onKeepOnly={() => undefined} />
            </Flex>
          );
        })}
      </Flex>
    </SectionCard>
  );
};
