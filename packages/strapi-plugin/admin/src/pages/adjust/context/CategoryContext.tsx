import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { pluginMessage } from '../../../pluginMessage';

export interface CategoryContextProps {
  /** Empty until one is chosen. */
  category: string;
  /** The catalog's categories; undefined while they load. */
  categories: string[] | undefined;
  onChange: (category: string) => void;
}

/** The category whose page shows the list, among the catalog's own categories (no free text to mistype). */
export const CategoryContext = ({ category, categories, onChange }: CategoryContextProps) => {
  const { formatMessage } = useIntl();
  return (
    <Field.Root name="context-category">
      <Field.Label>{formatMessage(pluginMessage('context.pickCategory', 'Category page of'))}</Field.Label>
      <SingleSelect
        value={category || undefined}
        placeholder={formatMessage(pluginMessage('context.categoryPlaceholder', 'Choose a category'))}
        onChange={(value) => onChange(String(value))}
      >
        {(categories ?? []).map((option) => (
          <SingleSelectOption key={option} value={option}>
            {option}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );
};
