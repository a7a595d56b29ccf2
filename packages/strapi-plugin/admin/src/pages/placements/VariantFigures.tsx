import { Button, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { ModulePerformance } from '../../../../shared/contracts/placements';
import { pluginMessage } from '../../pluginMessage';

export interface VariantFiguresProps {
  figures: ModulePerformance;
  onKeepOnly: (variant: string) => void;
  readOnly: boolean;
}

/**
 * The test's figures over the last 30 days, variant by variant, with the click-through rate's 95% interval and
 * what they say: a winner only when it is significant, else "too early".
 */
export const VariantFigures = ({ figures, onKeepOnly, readOnly }: VariantFiguresProps) => {
  const { formatMessage, formatNumber } = useIntl();
  const percent = (value: number | null) =>
    value === null ? '–' : formatNumber(value, { style: 'percent', maximumFractionDigits: 1 });
  const verdict =
    figures.verdict === 'better'
      ? formatMessage(
          pluginMessage(
            'placements.verdict.better',
            'Variant {leader} gets more clicks, with 95% confidence.',
          ),
          { leader: figures.leader?.toUpperCase() },
        )
      : formatMessage(
          pluginMessage(
            'placements.verdict.tooEarly',
            'Too early to tell: no variant is ahead with 95% confidence yet. Let the test run; checking every day and stopping at the first good-looking day overstates the confidence.',
          ),
        );
  return (
    <>
      <Table colCount={6} rowCount={figures.variants.length + 1}>
        <Thead>
          <Tr>
            {['Variant', 'Impressions', 'Clicks', 'Click-through rate (95% interval)', 'Revenue', ''].map(
              (header, index) => (
                <Th key={header || index}>
                  <Typography variant="sigma">
                    {header && formatMessage(pluginMessage(`placements.figures.${index}`, header))}
                  </Typography>
                </Th>
              ),
            )}
          </Tr>
        </Thead>
        <Tbody>
          {figures.variants.map((variant) => (
            <Tr key={variant.variant}>
              <Td>
                <Typography fontWeight="semiBold">{variant.variant.toUpperCase()}</Typography>
              </Td>
              <Td>{formatNumber(variant.impressions)}</Td>
              <Td>{formatNumber(variant.clicks)}</Td>
              <Td>
                {percent(variant.ctr)}
                {variant.ctrInterval &&
                  ` (${percent(variant.ctrInterval[0])} – ${percent(variant.ctrInterval[1])})`}
              </Td>
              <Td>{formatNumber(variant.revenue, { maximumFractionDigits: 2 })}</Td>
              <Td>
                {!readOnly && (
                  <Button variant="tertiary" size="S" onClick={() => onKeepOnly(variant.variant)}>
                    {formatMessage(pluginMessage('placements.keepOnly', 'Keep only {variant}'), {
                      variant: variant.variant.toUpperCase(),
                    })}
                  </Button>
                )}
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
      <Typography textColor={figures.verdict === 'better' ? 'success600' : 'neutral600'}>
        {verdict}
      </Typography>
    </>
  );
};
