import type { ListName } from '@aisle/engine';
import { Box, Field, Flex, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { pluginMessage } from '../../../pluginMessage';
import { listLabel } from '../../../utils/listLabel';
import type { ContextKind } from '../draftRules';
import { AI_LISTS } from '../draftRules';

const KINDS: { kind: ContextKind; message: ReturnType<typeof pluginMessage> }[] = [
  { kind: 'none', message: pluginMessage('context.none', 'Any shopper, anywhere') },
  { kind: 'product', message: pluginMessage('context.product', 'A product page') },
  { kind: 'basket', message: pluginMessage('context.basket', 'A basket of several products') },
  { kind: 'category', message: pluginMessage('context.category', 'A category page') },
  { kind: 'shopper', message: pluginMessage('context.shopper', 'A sample shopper or session') },
];

export interface ListAndPlaceSelectsProps {
  list: ListName;
  onListChange: (list: ListName) => void;
  kind: ContextKind;
  onKindChange: (kind: ContextKind) => void;
}

/** The two choices side by side: which AI list, and on what kind of page it is shown. */
export const ListAndPlaceSelects = ({ list, onListChange, kind, onKindChange }: ListAndPlaceSelectsProps) => {
  const { formatMessage } = useIntl();
  return (
    <Flex gap={4} alignItems="flex-start" wrap="wrap">
      <Box flex="1" minWidth="24rem">
        <Field.Root name="list">
          <Field.Label>{formatMessage(pluginMessage('adjust.list', 'List'))}</Field.Label>
          <SingleSelect value={list} onChange={(value) => onListChange(String(value) as ListName)}>
            {AI_LISTS.map((name) => (
              <SingleSelectOption key={name} value={name}>
                {listLabel(formatMessage, name)}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
      </Box>
      <Box flex="1" minWidth="24rem">
        <Field.Root name="context">
          <Field.Label>{formatMessage(pluginMessage('adjust.context', 'Shown on'))}</Field.Label>
          <SingleSelect value={kind} onChange={(value) => onKindChange(String(value) as ContextKind)}>
            {KINDS.map((option) => (
              <SingleSelectOption key={option.kind} value={option.kind}>
                {formatMessage(option.message)}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
      </Box>
    </Flex>
  );
};
