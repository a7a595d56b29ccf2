import {
  Alert,
  Field,
  Flex,
  Grid,
  SingleSelect,
  SingleSelectOption,
  Typography,
} from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { ContentTypeSummary } from '../../../shared/contracts/content-types';
import type { CatalogFieldMapping, PluginSettings } from '../../../shared/contracts/settings';
import { settingsApi } from '../api/settingsApi';
import { useRemoteData } from '../hooks/useRemoteData';
import { pluginMessage } from '../pluginMessage';
import { errorMessage } from '../utils/errorMessage';
import { SampleProduct } from './SampleProduct';

type Catalog = PluginSettings['catalog'];

const FIELDS: {
  field: keyof CatalogFieldMapping;
  message: ReturnType<typeof pluginMessage>;
  required?: true;
}[] = [
  {
    field: 'id',
    message: pluginMessage('mapping.id', 'Product id (the one the storefront sends)'),
    required: true,
  },
  { field: 'title', message: pluginMessage('mapping.title', 'Title'), required: true },
  { field: 'price', message: pluginMessage('mapping.price', 'Price') },
  { field: 'currency', message: pluginMessage('mapping.currency', 'Currency') },
  { field: 'image', message: pluginMessage('mapping.image', 'Image') },
  { field: 'category', message: pluginMessage('mapping.category', 'Category') },
  { field: 'brand', message: pluginMessage('mapping.brand', 'Brand') },
  { field: 'tags', message: pluginMessage('mapping.tags', 'Tags') },
  { field: 'description', message: pluginMessage('mapping.description', 'Description') },
  { field: 'launchDate', message: pluginMessage('mapping.launchDate', 'Launch date') },
  {
    field: 'availability',
    message: pluginMessage('mapping.availability', 'Availability (stock or in-stock flag)'),
  },
];

const NONE = '__none__';

export interface CatalogMappingProps {
  catalog: Catalog;
  contentTypes: ContentTypeSummary[];
  onChange: (catalog: Catalog) => void;
}

/**
 * The product content type and the attribute of each catalog field, checked by the server as they change (a
 * mapping that does not fit is refused with the field named) with a sample product read through them.
 */
export const CatalogMapping = ({ catalog, contentTypes, onChange }: CatalogMappingProps) => {
  const { formatMessage } = useIntl();
  const check = useRemoteData(`settings-check:${JSON.stringify(catalog)}`, (client, signal) =>
    settingsApi.check(client, { catalog }, signal),
  );
  const attributes = contentTypes.find((type) => type.uid === catalog.contentType)?.attributes ?? [];
  const problem = check.error === undefined ? null : errorMessage(check.error);
  const fieldWithProblem = (field: string) =>
    problem !== null && problem.includes(`catalog.fields.${field}:`) ? problem : undefined;
  const setField = (field: keyof CatalogFieldMapping, value: string | null) =>
    onChange({ ...catalog, fields: { ...catalog.fields, [field]: value } });

  return (
    <Flex direction="column" alignItems="stretch" gap={5}>
      <Field.Root name="contentType" maxWidth="48rem">
        <Field.Label>
          {formatMessage(pluginMessage('mapping.contentType', 'Product content type'))}
        </Field.Label>
        <SingleSelect
          value={catalog.contentType}
          onChange={(value) => onChange({ ...catalog, contentType: String(value) })}
        >
          {contentTypes.map((type) => (
            <SingleSelectOption key={type.uid} value={type.uid}>
              {`${type.displayName} (${type.uid})`}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      <Grid.Root gap={4}>
        {FIELDS.map(({ field, message, required }) => {
          const value = catalog.fields[field];
          const known = attributes.some((attribute) => attribute.name === value);
          return (
            <Grid.Item key={field} col={4} s={6} xs={12} direction="column" alignItems="stretch">
              <Field.Root name={`field-${field}`} error={fieldWithProblem(field)} required={required}>
                <Field.Label>{formatMessage(message)}</Field.Label>
                <SingleSelect
                  value={value ?? NONE}
                  onChange={(next) => setField(field, next === NONE ? null : String(next))}
                >
                  {required === undefined && (
                    <SingleSelectOption value={NONE}>
                      {formatMessage(pluginMessage('mapping.none', 'Not used'))}
                    </SingleSelectOption>
                  )}
                  {value !== null && !known && <SingleSelectOption value={value}>{value}</SingleSelectOption>}
                  {attributes.map((attribute) => (
                    <SingleSelectOption key={attribute.name} value={attribute.name}>
                      {`${attribute.name} (${attribute.type})`}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
                <Field.Error />
              </Field.Root>
            </Grid.Item>
          );
        })}
      </Grid.Root>
      {problem !== null ? (
        <Alert
          variant="danger"
          closeLabel={formatMessage(pluginMessage('common.close', 'Close'))}
          title={formatMessage(
            pluginMessage('mapping.invalid', 'This mapping does not fit the content type'),
          )}
        >
          {problem}
        </Alert>
      ) : (
        <Flex direction="column" alignItems="stretch" gap={2}>
          <Typography variant="sigma" textColor="neutral600">
            {formatMessage(pluginMessage('mapping.sampleTitle', 'A product as storefronts will get it'))}
          </Typography>
          {check.data === undefined ? (
            <Typography textColor="neutral600">
              {formatMessage(pluginMessage('mapping.checking', 'Reading a product through this mapping…'))}
            </Typography>
          ) : check.data.sample === null ? (
            <Typography textColor="neutral600">
              {formatMessage(pluginMessage('mapping.noSample', 'The content type holds no product yet.'))}
            </Typography>
          ) : (
            <SampleProduct product={check.data.sample} />
          )}
        </Flex>
      )}
    </Flex>
  );
};
