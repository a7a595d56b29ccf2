import { Box, Button, Field, Flex, Loader, TextInput, Typography } from '@strapi/design-system';
import { Search } from '@strapi/icons';
import { useDebounce } from '@strapi/strapi/admin';
import type { ChangeEvent } from 'react';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';

import type { RecommendedProduct } from '../../../shared/contracts/lists';
import { productsApi } from '../api/productsApi';
import { useRemoteData } from '../hooks/useRemoteData';
import { pluginMessage } from '../pluginMessage';
import { errorMessage } from '../utils/errorMessage';
import { ProductSummary } from './ProductSummary';

const RESULTS = 8;

export interface ProductPickerProps {
  label: string;
  hint?: string;
  /** The label of each result's button, e.g. "Add". */
  actionLabel: string;
  onPick: (product: RecommendedProduct) => void;
  /** Products already chosen: shown, but not offered again. */
  pickedIds?: string[];
  disabled?: boolean;
}

/** Searches the shop's product content type (through the plugin's mapping) as the user types. */
export const ProductPicker = ({
  label,
  hint,
  actionLabel,
  onPick,
  pickedIds = [],
  disabled,
}: ProductPickerProps) => {
  const { formatMessage } = useIntl();
  const [query, setQuery] = useState('');
  const debounced = useDebounce(query.trim(), 250);
  const resultsId = useId();
  const results = useRemoteData(debounced === '' ? null : `products?q=${debounced}`, (client, signal) =>
    productsApi.search(client, debounced, RESULTS, signal),
  );
  const picked = new Set(pickedIds);

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Field.Root name="product-search" hint={hint}>
        <Field.Label>{label}</Field.Label>
        <TextInput
          startAction={<Search aria-hidden />}
          placeholder={formatMessage(pluginMessage('picker.placeholder', 'Type a product name, brand or id'))}
          value={query}
          disabled={disabled}
          aria-controls={resultsId}
          onChange={(event: ChangeEvent<HTMLInputElement>) => setQuery(event.target.value)}
        />
        <Field.Hint />
      </Field.Root>
      <Box id={resultsId} aria-live="polite" aria-busy={results.isLoading}>
        {debounced === '' ? null : results.isLoading && results.data === undefined ? (
          <Loader small>{formatMessage(pluginMessage('picker.loading', 'Searching the catalog…'))}</Loader>
        ) : results.error !== undefined ? (
          <Flex gap={2}>
            <Typography textColor="danger600">
              {formatMessage(pluginMessage('picker.error', 'The catalog could not be searched: {message}'), {
                message: errorMessage(results.error),
              })}
            </Typography>
            <Button variant="tertiary" size="S" onClick={results.reload}>
              {formatMessage(pluginMessage('common.retry', 'Retry'))}
            </Button>
          </Flex>
        ) : results.data?.data.length === 0 ? (
          <Typography textColor="neutral600">
            {formatMessage(pluginMessage('picker.empty', 'No product matches “{query}”.'), {
              query: debounced,
            })}
          </Typography>
        ) : (
          <Box tag="ul" aria-label={formatMessage(pluginMessage('picker.results', 'Matching products'))}>
            {results.data?.data.map((product) => (
              <Box
                tag="li"
                key={product.id}
                paddingTop={2}
                paddingBottom={2}
                borderColor="neutral150"
                borderStyle="solid"
                borderWidth="0 0 1px 0"
              >
                <Flex justifyContent="space-between" gap={3}>
                  <ProductSummary product={product} />
                  <Button
                    variant="secondary"
                    size="S"
                    disabled={disabled || picked.has(product.id)}
                    onClick={() => onPick(product)}
                    aria-label={`${actionLabel}: ${product.title}`}
                  >
                    {picked.has(product.id)
                      ? formatMessage(pluginMessage('picker.picked', 'Added'))
                      : actionLabel}
                  </Button>
                </Flex>
              </Box>
            ))}
            {results.data !== undefined && results.data.meta.total > results.data.data.length && (
              <Typography variant="pi" textColor="neutral600">
                {formatMessage(
                  pluginMessage('picker.more', '{shown} of {total} matches shown: type more to narrow them.'),
                  { shown: results.data.data.length, total: results.data.meta.total },
                )}
              </Typography>
            )}
          </Box>
        )}
      </Box>
    </Flex>
  );
};
