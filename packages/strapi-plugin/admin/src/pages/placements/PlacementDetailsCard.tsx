import { Field, Grid, SingleSelect, SingleSelectOption, TextInput } from '@strapi/design-system';
import type { ChangeEvent } from 'react';
import { useIntl } from 'react-intl';

import type { PageType, PlacementInput } from '../../../../shared/contracts/placements';
import { PAGE_TYPES } from '../../../../shared/contracts/placements';
import { SectionCard } from '../../components/SectionCard';
import { pluginMessage } from '../../pluginMessage';
import { toSlot } from './placementForm';

export interface PlacementDetailsCardProps {
  form: PlacementInput;
  setForm: (update: (previous: PlacementInput) => PlacementInput) => void;
  /** A new placement's slot follows its name. */
  isNew: boolean;
  readOnly: boolean;
}

/** The placement's name, the slot storefronts ask for, and the page it belongs to. */
export const PlacementDetailsCard = ({ form, setForm, isNew, readOnly }: PlacementDetailsCardProps) => {
  const { formatMessage } = useIntl();
  return (
    <SectionCard title={formatMessage(pluginMessage('placements.details', 'Where it goes'))}>
      <Grid.Root gap={4}>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Field.Root name="name" required>
            <Field.Label>{formatMessage(pluginMessage('placements.field.name', 'Name'))}</Field.Label>
            <TextInput
              value={form.name}
              disabled={readOnly}
              maxLength={200}
              onChange={(event: ChangeEvent<HTMLInputElement>) => {
                const name = event.target.value;
                setForm((previous) => ({ ...previous, name, slot: isNew ? toSlot(name) : previous.slot }));
              }}
            />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Field.Root
            name="slot"
            required
            hint={formatMessage(
              pluginMessage(
                'placements.field.slotHint',
                'Storefronts ask for it by this name: /placements/{slot}',
              ),
              { slot: form.slot || '…' },
            )}
          >
            <Field.Label>{formatMessage(pluginMessage('placements.field.slot', 'Slot'))}</Field.Label>
            <TextInput
              value={form.slot}
              disabled={readOnly}
              maxLength={100}
              onChange={(event: ChangeEvent<HTMLInputElement>) => {
                const slot = event.target.value;
                setForm((previous) => ({ ...previous, slot }));
              }}
            />
            <Field.Hint />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Field.Root name="page">
            <Field.Label>{formatMessage(pluginMessage('placements.field.page', 'Page'))}</Field.Label>
            <SingleSelect
              value={form.page}
              disabled={readOnly}
              onChange={(value) => setForm((previous) => ({ ...previous, page: String(value) as PageType }))}
            >
              {PAGE_TYPES.map((page) => (
                <SingleSelectOption key={page} value={page}>
                  {formatMessage(pluginMessage(`placements.page.${page}`, page))}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Grid.Item>
      </Grid.Root>
    </SectionCard>
  );
};
