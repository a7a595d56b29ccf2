import { Box, Field, Flex, NumberInput, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { RecommendedProduct } from '../../../../../shared/contracts/lists';
import { ProductPicker } from '../../../components/ProductPicker';
import { pluginMessage } from '../../../pluginMessage';
import { RemoveButton } from './RemoveButton';
import { RuleGroup } from './RuleGroup';
import type { RuleEditorProps } from './ruleEditorProps';

/** The products pinned at a position, each with its position, and a search to pin another. */
export const PinRules = ({
  draft,
  set,
  titles,
  onProduct,
}: Omit<RuleEditorProps, 'facets'> & { onProduct: (product: RecommendedProduct) => void }) => {
  const { formatMessage } = useIntl();
  return (
    <RuleGroup title={formatMessage(pluginMessage('rules.pins', 'Pinned products'))}>
      {draft.pins.length === 0 && (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage(
            pluginMessage(
              'rules.noPins',
              'None. Use the pin button of a product in the list, or search below.',
            ),
          )}
        </Typography>
      )}
      {draft.pins.map((pin, index) => (
        <Flex key={pin.productId} gap={3} justifyContent="space-between">
          <Typography ellipsis>{titles.get(pin.productId) ?? pin.productId}</Typography>
          <Flex gap={2}>
            <Box width="10rem">
              <Field.Root name={`pin-${pin.productId}`}>
                <NumberInput
                  aria-label={formatMessage(pluginMessage('rules.pinPosition', 'Position of {name}'), {
                    name: titles.get(pin.productId) ?? pin.productId,
                  })}
                  value={pin.position}
                  onValueChange={(value) =>
                    set({
                      pins: draft.pins.map((entry, other) =>
                        other === index
                          ? { ...entry, position: Math.max(1, Math.min(100, Math.round(value ?? 1))) }
                          : entry,
                      ),
                    })
                  }
                />
              </Field.Root>
            </Box>
            <RemoveButton
              label={formatMessage(pluginMessage('rules.unpin', 'Unpin {name}'), {
                name: titles.get(pin.productId) ?? pin.productId,
              })}
              onClick={() => set({ pins: draft.pins.filter((_, other) => other !== index) })}
            />
          </Flex>
        </Flex>
      ))}
      <ProductPicker
        label={formatMessage(pluginMessage('rules.pinSearch', 'Pin a product'))}
        actionLabel={formatMessage(pluginMessage('rules.pinAction', 'Pin'))}
        pickedIds={draft.pins.map((pin) => pin.productId)}
        onPick={(product) => {
          onProduct(product);
          set({ pins: [...draft.pins, { productId: product.id, position: draft.pins.length + 1 }] });
        }}
      />
    </RuleGroup>
  );
};
