import type { RuleEffect } from '@aisle/engine';
import { Box, Flex, Grid, IconButton, Loader, Typography } from '@strapi/design-system';
import { ArrowDown, ArrowUp, EyeStriked, Pin } from '@strapi/icons';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';

import type { Recommendation, RecommendedProduct } from '../../../../shared/contracts/lists';
import type { PreviewList } from '../../../../shared/contracts/preview';
import { ProductSummary } from '../../components/ProductSummary';
import { pluginMessage } from '../../pluginMessage';
import { StatusBadge } from '../../components/StatusBadge';

export interface RankingPanelProps {
  preview: PreviewList.Response | undefined;
  isLoading: boolean;
  /** Why there is nothing to show yet (a context to choose), or undefined. */
  prompt?: string;
  error?: string;
  /** Names of the stored rule sets by id, for "what each rule did". */
  ruleSetNames: ReadonlyMap<string, string>;
  /** Undefined for an admin who may not change rules: no item actions. */
  actions?: {
    pin: (product: RecommendedProduct) => void;
    exclude: (product: RecommendedProduct) => void;
    boost: (product: RecommendedProduct) => void;
    bury: (product: RecommendedProduct) => void;
  };
}

const SOURCE_LOOK = {
  ai: { variant: 'secondary', message: pluginMessage('source.ai', 'AI') },
  pinned: { variant: 'primary', message: pluginMessage('source.pinned', 'Pinned') },
  fallback: { variant: 'neutral', message: pluginMessage('source.fallback', 'Filler') },
  editorial: { variant: 'alternative', message: pluginMessage('source.editorial', 'Editorial') },
} as const;

const EFFECT_LOOK: Record<RuleEffect['action'], 'primary' | 'danger' | 'success' | 'warning' | 'neutral'> = {
  pin: 'primary',
  exclude: 'danger',
  boost: 'success',
  bury: 'warning',
  filter: 'neutral',
  limit: 'neutral',
  diversity: 'neutral',
};

const reasonsText = (item: Recommendation) => item.reasons.map((reason) => reason.text).join(' · ');

/** The AI's ranking beside the list as shoppers will get it with the rules, and what each rule did. */
export const RankingPanel = ({
  preview,
  isLoading,
  prompt,
  error,
  ruleSetNames,
  actions,
}: RankingPanelProps) => {
  const { formatMessage, formatNumber } = useIntl();

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
  const score = (value: number) => formatNumber(value, { maximumFractionDigits: 3 });
  const change = (item: Recommendation, index: number) => {
    const was = aiPosition.get(item.product.id);
    if (was === undefined) return formatMessage(pluginMessage('ranking.new', 'new'));
    if (was === index) return '';
    return was > index
      ? formatMessage(pluginMessage('ranking.up', '▲ {count}'), { count: was - index })
      : formatMessage(pluginMessage('ranking.down', '▼ {count}'), { count: index - was });
  };
  const byWhom = (effect: RuleEffect) =>
    effect.ruleSetId === 'draft'
      ? formatMessage(pluginMessage('ranking.byDraft', 'your changes'))
      : (ruleSetNames.get(effect.ruleSetId) ??
        formatMessage(pluginMessage('ranking.byRuleSet', 'rule set {id}'), { id: effect.ruleSetId }));

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
          <Column
            title={formatMessage(pluginMessage('ranking.before', 'The AI’s ranking'))}
            emptyText={formatMessage(
              pluginMessage('ranking.emptyBefore', 'The AI has nothing to recommend here yet.'),
            )}
          >
            {before.map((item, index) => (
              <Row key={item.product.id} position={index + 1} product={item.product}>
                <Typography variant="pi" textColor="neutral600">
                  {formatMessage(pluginMessage('ranking.score', 'score {score}'), {
                    score: score(item.score),
                  })}
                  {reasonsText(item) && ` · ${reasonsText(item)}`}
                </Typography>
              </Row>
            ))}
          </Column>
        </Grid.Item>
        <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
          <Column
            title={formatMessage(pluginMessage('ranking.after', 'What shoppers see with the rules'))}
            emptyText={formatMessage(pluginMessage('ranking.emptyAfter', 'The rules leave nothing to show.'))}
            busy={isLoading}
          >
            {after.map((item, index) => {
              const look = SOURCE_LOOK[item.source];
              const moved = change(item, index);
              return (
                <Row
                  key={item.product.id}
                  position={index + 1}
                  product={item.product}
                  actions={
                    actions && (
                      <Flex gap={1} flex="0 0 auto">
                        <IconButton
                          variant="ghost"
                          label={formatMessage(pluginMessage('ranking.pin', 'Pin {name} to the top'), {
                            name: item.product.title,
                          })}
                          onClick={() => actions.pin(item.product)}
                        >
                          <Pin />
                        </IconButton>
                        <IconButton
                          variant="ghost"
                          label={formatMessage(pluginMessage('ranking.boost', 'Boost {name}'), {
                            name: item.product.title,
                          })}
                          onClick={() => actions.boost(item.product)}
                        >
                          <ArrowUp />
                        </IconButton>
                        <IconButton
                          variant="ghost"
                          label={formatMessage(pluginMessage('ranking.bury', 'Bury {name}'), {
                            name: item.product.title,
                          })}
                          onClick={() => actions.bury(item.product)}
                        >
                          <ArrowDown />
                        </IconButton>
                        <IconButton
                          variant="ghost"
                          label={formatMessage(pluginMessage('ranking.exclude', 'Exclude {name}'), {
                            name: item.product.title,
                          })}
                          onClick={() => actions.exclude(item.product)}
                        >
                          <EyeStriked />
                        </IconButton>
                      </Flex>
                    )
                  }
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
                    <Typography variant="pi" textColor="neutral600">
                      {formatMessage(pluginMessage('ranking.score', 'score {score}'), {
                        score: score(item.score),
                      })}
                      {reasonsText(item) && ` · ${reasonsText(item)}`}
                    </Typography>
                  </Flex>
                </Row>
              );
            })}
          </Column>
        </Grid.Item>
      </Grid.Root>
      <Box
        background="neutral0"
        padding={4}
        hasRadius
        shadow="tableShadow"
        tag="section"
        aria-label={formatMessage(pluginMessage('ranking.effects', 'What each rule did'))}
      >
        <Typography variant="delta" tag="h3" style={{ display: 'block', marginBottom: '0.8rem' }}>
          {formatMessage(pluginMessage('ranking.effects', 'What each rule did'))}
        </Typography>
        {effects.length === 0 ? (
          <Typography textColor="neutral600">
            {formatMessage(
              pluginMessage('ranking.noEffects', 'No rule changes this list: shoppers see the AI’s ranking.'),
            )}
          </Typography>
        ) : (
          <Box tag="ul">
            {effects.map((effect, index) => (
              <Flex tag="li" key={index} gap={2} paddingTop={1} paddingBottom={1}>
                <StatusBadge variant={EFFECT_LOOK[effect.action]} size="XS">
                  {effect.action}
                </StatusBadge>
                <Typography>{effect.detail}</Typography>
                <Typography variant="pi" textColor="neutral600">
                  {formatMessage(pluginMessage('ranking.by', '(by {who})'), { who: byWhom(effect) })}
                </Typography>
              </Flex>
            ))}
          </Box>
        )}
      </Box>
    </Flex>
  );
};

const Column = ({
  title,
  emptyText,
  busy,
  children,
}: {
  title: string;
  emptyText: string;
  busy?: boolean;
  children: ReactNode[];
}) => (
  <Box
    background="neutral0"
    padding={4}
    hasRadius
    shadow="tableShadow"
    tag="section"
    aria-label={title}
    aria-busy={busy}
  >
    <Flex justifyContent="space-between">
      <Typography variant="delta" tag="h3">
        {title}
      </Typography>
      {busy && <Loader small />}
    </Flex>
    {children.length === 0 ? (
      <Box paddingTop={3}>
        <Typography textColor="neutral600">{emptyText}</Typography>
      </Box>
    ) : (
      <Box tag="ol" paddingTop={2}>
        {children}
      </Box>
    )}
  </Box>
);

const Row = ({
  position,
  product,
  actions,
  children,
}: {
  position: number;
  product: RecommendedProduct;
  actions?: ReactNode;
  children: ReactNode;
}) => (
  <Box
    tag="li"
    paddingTop={2}
    paddingBottom={2}
    borderColor="neutral150"
    borderStyle="solid"
    borderWidth="0 0 1px 0"
  >
    <Flex gap={3} justifyContent="space-between" alignItems="flex-start">
      <Flex gap={3} alignItems="flex-start" minWidth={0} flex="1">
        <Typography fontWeight="bold" textColor="neutral600" style={{ minWidth: '2ch', paddingTop: '1rem' }}>
          {position}
        </Typography>
        {/* Stretched, not sized to their content: a long title is cut with an ellipsis instead of overflowing. */}
        <Flex direction="column" alignItems="stretch" gap={1} minWidth={0} flex="1">
          <ProductSummary product={product} />
          {children}
        </Flex>
      </Flex>
      {actions}
    </Flex>
  </Box>
);
