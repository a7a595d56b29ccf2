import { Field, Grid, TextInput, Textarea } from '@strapi/design-system';
import type { ChangeEvent } from 'react';
import { useIntl } from 'react-intl';

import { SectionCard } from '../../../components/SectionCard';
import { pluginMessage } from '../../../pluginMessage';
import { toSlug } from '../toSlug';
import type { EditorialListEditorState } from './useEditorialListEditor';

export type EditorDetailsCardProps = Pick<
  EditorialListEditorState,
  'form' | 'setForm' | 'set' | 'errors' | 'slugEdited' | 'setSlugEdited'
> & { readOnly: boolean };

/** Title, slug and description; the slug follows the title until the admin edits it. */
export const EditorDetailsCard = ({
  form,
  setForm,
  set,
  errors,
  slugEdited,
  setSlugEdited,
  readOnly,
}: EditorDetailsCardProps) => {
  const { formatMessage } = useIntl();
  return (
    <SectionCard title={formatMessage(pluginMessage('editor.details', 'Details'))}>
      <Grid.Root gap={4}>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Field.Root name="title" required error={form.title === '' ? undefined : errors.title}>
            <Field.Label>
              {formatMessage(pluginMessage('editor.field.title', 'Title shoppers see'))}
            </Field.Label>
            <TextInput
              value={form.title}
              disabled={readOnly}
              maxLength={200}
              onChange={(event: ChangeEvent<HTMLInputElement>) => {
                const value = event.target.value;
                setForm((previous) => ({
                  ...previous,
                  title: value,
                  slug: slugEdited ? previous.slug : toSlug(value),
                }));
              }}
            />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Field.Root
            name="slug"
            required
            error={form.slug === '' ? undefined : errors.slug}
            hint={formatMessage(
              pluginMessage(
                'editor.field.slugHint',
                'Storefronts ask for the list by this name: /editorial/{slug}',
              ),
              { slug: form.slug || '…' },
            )}
          >
            <Field.Label>{formatMessage(pluginMessage('editor.field.slug', 'Slug'))}</Field.Label>
            <TextInput
              value={form.slug}
              disabled={readOnly}
              maxLength={100}
              onChange={(event: ChangeEvent<HTMLInputElement>) => {
                setSlugEdited(true);
                set('slug', event.target.value);
              }}
            />
            <Field.Error />
            <Field.Hint />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={12} direction="column" alignItems="stretch">
          <Field.Root name="description">
            <Field.Label>
              {formatMessage(pluginMessage('editor.field.description', 'Description (optional)'))}
            </Field.Label>
            <Textarea
              value={form.description}
              disabled={readOnly}
              maxLength={2000}
              onChange={(event: ChangeEvent<HTMLTextAreaElement>) => set('description', event.target.value)}
            />
          </Field.Root>
        </Grid.Item>
      </Grid.Root>
    </SectionCard>
  );
};
