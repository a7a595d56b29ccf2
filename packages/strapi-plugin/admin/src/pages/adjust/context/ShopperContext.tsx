import { Field, TextInput } from '@strapi/design-system';
import type { ChangeEvent } from 'react';
import { useIntl } from 'react-intl';

import { pluginMessage } from '../../../pluginMessage';

export interface ShopperContextProps {
  shopper: string;
  onChange: (shopper: string) => void;
}

/** A shopper's id typed in, to see the list as that shopper's history shapes it. */
export const ShopperContext = ({ shopper, onChange }: ShopperContextProps) => {
  const { formatMessage } = useIntl();
  return (
    <Field.Root
      name="context-shopper"
      hint={formatMessage(
        pluginMessage(
          'context.shopperHint',
          'The user id or session id the storefront sends with its events.',
        ),
      )}
    >
      <Field.Label>
        {formatMessage(pluginMessage('context.pickShopper', 'Shopper or session id'))}
      </Field.Label>
      <TextInput
        value={shopper}
        maxLength={200}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      />
      <Field.Hint />
    </Field.Root>
  );
};
