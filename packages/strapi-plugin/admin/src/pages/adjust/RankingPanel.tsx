import { Box, Flex, Grid, Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { Recommendation } from '../../../../shared/contracts/lists';
import type { PreviewList } from '../../../../shared/contracts/preview';
import { StatusBadge } from '../../components/StatusBadge';
import { pluginMessage } from '../../pluginMessage';
import { RankingColumn } from './ranking/RankingColumn';
import type { ProductRuleActions } from './ranking/RankingItemActions';
import { RankingItemActions } from './ranking/RankingItemActions';
import { RankingRow } from './ranking/RankingRow';
import { RuleEffectsList } from './ranking/RuleEffectsList';
import { ScoreText } from './ranking/ScoreText';

export interface RankingPanelProps {
  preview: PreviewList.Response | undefined;
  isLoading: boolean;
  /** Why there is nothing to show yet (a context to choose), or undefined. */
  prompt?: string;
  error?: string;
  /** Names of the stored rule sets by id, for "what each rule did". */
  ruleSetNames: ReadonlyMap<string, string>;
  /** Undefined for an admin who may not change rules: no item actions. */
  actions?: ProductRuleActions;
}

const SOURCE_LOOK = {
  ai: { variant: 'secondary', message: pluginMessage('source.ai', 'AI') },
  pinned: { variant: 'primary', message: pluginMessage('source.pinned', 'Pinned') },
  fallback: { variant: 'neutral', message: pluginMessage('source.fallback', 'Filler') },
  editorial: { variant: 'alternative', message: pluginMessage('source.editorial', 'Editorial') },
} as const;

/** The AI's ranking beside the list as shoppers will get it with the rules, and what each rule did. */
export const RankingPanel = ({
  preview,
  isLoading,
  prompt,
  error,
  ruleSetNames,
  actions,
}: RankingPanelProps) => {
  const { formatMessage } = useIntl();

  if (prompt) {
    return (
      <Box padding={6} background="neutral100" hasRadius>
        <Typography textColor="neutral600">{prompt}</Typography>
      </Box>
    );
  }
  if (error) {
    return (
      <Box padding={4} background="danger100" hasRadius>
        <Typography textColor="danger700">
          {formatMessage(pluginMessage('ranking.error', 'The preview could not be computed: {message}'), {
            message: error,
          })}
        </Typography>
      </Box>
    );
  }
  if (preview === undefined) {
    return <Loader>{formatMessage(pluginMessage('ranking.loading', 'Ranking the products…'))}</Loader>;
  }

  const { before, after, effects } = preview.data;
  const aiPosition = new Map(before.map((item, index) => [item.product.id, index]));
  const change = (item: Recommendation, index: number) => {
    const was = aiPosition.get(item.product.id);
    if (was === undefined) return formatMessage(pluginMessage('ranking.new', 'new'));
    if (was === index) return '';
    return was > index
      ? formatMessage(pluginMessage('ranking.up', '▲ {count}'), { count: was - index })
      : formatMessage(pluginMessage('ranking.down', '▼ {count}'), { count: index - was });
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4} aria-busy={isLoading}>
      {preview.meta.modelVersion === null && (
        <Typography textColor="warning700">
          {formatMessage(
            pluginMessage(
              'ranking.noModel',
              'No model is trained yet: lists are empty until the first training.',
            ),
          )}
        </Typography>
      )}
      <Grid.Root gap={4}>
        <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
          <RankingColumn
            title={formatMessage(pluginMessage('ranking.before', 'The AI’s ranking'))}
            emptyText={formatMessage(
              pluginMessage('ranking.emptyBefore', 'The AI has nothing to recommend here yet.'),
            )}
          >
            {before.map((item, index) => (
              <RankingRow key={item.product.id} position={index + 1} product={item.product}>
                <ScoreText item={item} />
              </RankingRow>
            ))}
          </RankingColumn>
        </Grid.Item>
        <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
          <RankingColumn
            title={formatMessage(pluginMessage('ranking.after', 'What shoppers see with the rules'))}
            emptyText={formatMessage(pluginMessage('ranking.emptyAfter', 'The rules leave nothing to show.'))}
            busy={isLoading}
          >
            {after.map((item, index) => {
              const look = SOURCE_LOOK[item.source];
              const moved = change(item, index);
              return (
                <RankingRow
                  key={item.product.id}
                  position={index + 1}
                  product={item.product}
                  actions={actions && <RankingItemActions product={item.product} actions={actions} />}
                >
                  <Flex gap={2} wrap="wrap">
                    <StatusBadge variant={look.variant} size="XS">
                      {formatMessage(look.message)}
                    </StatusBadge>
                    {moved && (
                      <Typography variant="pi" fontWeight="bold" textColor="primary600">
                        {moved}
                      </Typography>
                    )}
                    <ScoreText item={item} />
                  </Flex>
                </RankingRow>
              );
            })}
          </RankingColumn>
        </Grid.Item>
      </Grid.Root>
      <RuleEffectsList effects={effects} ruleSetNames={ruleSetNames} />
    </Flex>
  );
};
