import { Button, EmptyStateLayout, Flex, Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { StoredRuleSet } from '../../../../shared/contracts/rule-sets';
import { SectionCard } from '../../components/SectionCard';
import { pluginMessage } from '../../pluginMessage';
import { errorMessage } from '../../utils/errorMessage';
import type { RuleSetsTableProps } from './RuleSetsTable';
import { RuleSetsTable } from './RuleSetsTable';

export interface SavedRuleSetsCardProps extends Omit<RuleSetsTableProps, 'ruleSets'> {
  ruleSets: { data?: StoredRuleSet[]; error?: unknown; isLoading: boolean; reload: () => void };
}

/** The saved rule sets once loaded, or why they are not. */
export const SavedRuleSetsCard = ({ ruleSets, ...table }: SavedRuleSetsCardProps) => {
  const { formatMessage } = useIntl();
  return (
    <SectionCard title={formatMessage(pluginMessage('adjust.saved.title', 'Saved rule sets'))}>
      {ruleSets.isLoading && ruleSets.data === undefined ? (
        <Loader>{formatMessage(pluginMessage('adjust.ruleSetsLoading', 'Loading the rule sets…'))}</Loader>
      ) : ruleSets.error !== undefined ? (
        <Flex gap={2}>
          <Typography textColor="danger600">
            {formatMessage(
              pluginMessage('adjust.ruleSetsError', 'The rule sets could not be loaded: {message}'),
              {
                message: errorMessage(ruleSets.error),
              },
            )}
          </Typography>
          <Button variant="tertiary" onClick={ruleSets.reload}>
            {formatMessage(pluginMessage('common.retry', 'Retry'))}
          </Button>
        </Flex>
      ) : ruleSets.data?.length === 0 ? (
        <EmptyStateLayout
          content={formatMessage(
            pluginMessage(
              'adjust.noRuleSets',
              'No rule set yet: every list shows the AI’s ranking as it is.',
            ),
          )}
        />
      ) : (
        <RuleSetsTable ruleSets={ruleSets.data ?? []} {...table} />
      )}
    </SectionCard>
  );
};
