import { DateTimePicker, Field, Flex, Loader, Typography } from '@strapi/design-system';
import { useState } from 'react';
import { useIntl } from 'react-intl';

import type { PlacementInput } from '../../../../shared/contracts/placements';
import { SectionCard } from '../../components/SectionCard';
import { StorefrontPreview } from '../../components/StorefrontPreview';
import { pluginMessage } from '../../pluginMessage';
import { errorMessage } from '../../utils/errorMessage';
import { listLabel } from '../../utils/listLabel';
import { EMPTY_CONTEXT } from '../adjust/context/previewContext';
import type { PreviewContext } from '../adjust/context/previewContext';
import { PreviewPageFields } from './PreviewPageFields';
import { usePlacementPreview } from './usePlacementPreview';

export interface PlacementPreviewCardProps {
  form: PlacementInput;
  /** Editorial lists' titles by slug, to name their modules. */
  editorialTitles: ReadonlyMap<string, string>;
}

/**
 * The slot as a shopper would see it, before it is saved: on a chosen product, basket or category page, for a
 * chosen shopper, at a chosen time, with a chosen variant of each test; and the modules that would not be shown,
 * with why.
 */
export const PlacementPreviewCard = ({ form, editorialTitles }: PlacementPreviewCardProps) => {
  const { formatMessage } = useIntl();
  const [context, setContext] = useState<PreviewContext>(EMPTY_CONTEXT);
  const [variants, setVariants] = useState<Record<string, string>>({});
  const [at, setAt] = useState<string | null>(null);
  const { preview, isLoading } = usePlacementPreview({ form, context, variants, at });
  const response = preview.data;

  return (
    <SectionCard title={formatMessage(pluginMessage('placements.preview', 'Preview'))}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <PreviewPageFields
          form={form}
          context={context}
          onContextChange={setContext}
          variants={variants}
          onVariantsChange={setVariants}
        />
        <Field.Root name="preview-at" style={{ maxWidth: '32rem' }}>
          <Field.Label>
            {formatMessage(pluginMessage('placements.previewAt', 'As it will be on'))}
          </Field.Label>
          <DateTimePicker
            value={at === null ? undefined : new Date(at)}
            onChange={(date) => setAt(date ? date.toISOString() : null)}
            onClear={() => setAt(null)}
            clearLabel={formatMessage(pluginMessage('placements.previewNow', 'Now'))}
          />
        </Field.Root>
        {preview.error !== undefined && (
          <Typography textColor="danger600" role="alert">
            {formatMessage(
              pluginMessage('placements.previewError', 'The preview could not be made: {message}'),
              { message: errorMessage(preview.error) },
            )}
          </Typography>
        )}
        {isLoading && response === undefined && <Loader small />}
        {response?.meta.skipped.map((entry) => (
          <Typography key={entry.module} textColor="warning700" data-testid="preview-skipped">
            {formatMessage(pluginMessage('placements.previewSkipped', 'Not shown: {module} ({reason})'), {
              module: entry.module,
              reason: entry.reason,
            })}
          </Typography>
        ))}
        {response?.data.modules.map((module) => (
          <StorefrontPreview
            key={module.key}
            title={module.heading || listLabel(formatMessage, module.list, editorialTitles)}
            items={module.items}
            showReasons={false}
            emptyText=""
          />
        ))}
        {response !== undefined && response.data.modules.length === 0 && (
          <Typography textColor="neutral600">
            {formatMessage(
              pluginMessage('placements.previewEmpty', 'Shoppers would see nothing in this slot here.'),
            )}
          </Typography>
        )}
      </Flex>
    </SectionCard>
  );
};
