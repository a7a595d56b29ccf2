import { Button, Flex, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router-dom';

import { placementsApi } from '../../api/placementsApi';
import { PluginPage } from '../../components/PluginPage';
import { PublishButton } from '../../components/PublishButton';
import { usePluginPermissions } from '../../hooks/usePluginPermissions';
import { useRemoteData } from '../../hooks/useRemoteData';
import { pluginMessage } from '../../pluginMessage';
import { errorMessage } from '../../utils/errorMessage';
import { ModuleCard } from './ModuleCard';
import { newModule } from './placementForm';
import { PlacementDetailsCard } from './PlacementDetailsCard';
import { PlacementPreviewCard } from './PlacementPreviewCard';
import { usePlacementSources } from './usePlacementSources';
import { usePlacementEditor } from './usePlacementEditor';

/** Creates (`placements/new`) or edits (`placements/:id`) a slot: its lists in order, their variants and figures. */
export const PlacementEditor = () => {
  const { id: idParam } = useParams();
  const id = idParam === undefined ? null : Number(idParam);
  const { formatMessage } = useIntl();
  const { canManageLists } = usePluginPermissions();
  const { stored, form, setForm, filled, saving, save } = usePlacementEditor(id);
  const { sources, titles, sourceProblem } = usePlacementSources();
  const performance = useRemoteData(id === null ? null : 'placement-figures', (client, signal) =>
    placementsApi.performance(client, signal),
  );
  const readOnly = !canManageLists;

  if (id !== null && Number.isNaN(id)) return <Page.NoData />;
  if (stored.error !== undefined) {
    return (
      <Page.Error
        content={formatMessage(
          pluginMessage('placements.loadOneError', 'This placement could not be loaded: {message}'),
          { message: errorMessage(stored.error) },
        )}
      />
    );
  }
  if (!filled) return <Page.Loading />;

  const month = performance.data?.find((window) => window.days === 30);
  const setModules = (modules: typeof form.modules) => setForm((previous) => ({ ...previous, modules }));
  const move = (from: number, offset: -1 | 1) => {
    const modules = [...form.modules];
    [modules[from], modules[from + offset]] = [modules[from + offset]!, modules[from]!];
    setModules(modules);
  };
  const published = form.status === 'published';

  return (
    <PluginPage
      title={
        id === null
          ? formatMessage(pluginMessage('placements.newTitle', 'New placement'))
          : form.name || form.slot
      }
      subtitle={formatMessage(
        pluginMessage(
          'placements.editorSubtitle',
          'The lists this slot shows, top to bottom. Storefronts show the published version.',
        ),
      )}
      primaryAction={
        readOnly ? undefined : (
          <Flex gap={2}>
            <Button variant="secondary" loading={saving} onClick={() => save('draft')}>
              {formatMessage(
                published
                  ? pluginMessage('placements.unpublish', 'Unpublish')
                  : pluginMessage('placements.saveDraft', 'Save draft'),
              )}
            </Button>
            <PublishButton
              empty={
                form.modules.length === 0
                  ? formatMessage(pluginMessage('placements.emptyNoModules', 'The placement has no list.'))
                  : form.modules.every((module) => module.variants.every((v) => sourceProblem(v.source)))
                    ? formatMessage(
                        pluginMessage(
                          'placements.emptyNoSource',
                          'None of its lists can be shown: their editorial lists are gone or unpublished.',
                        ),
                      )
                    : null
              }
              loading={saving}
              onPublish={() => save('published')}
            >
              {formatMessage(pluginMessage('placements.publish', 'Publish'))}
            </PublishButton>
          </Flex>
        )
      }
    >
      <Flex direction="column" alignItems="stretch" gap={5}>
        <PlacementDetailsCard form={form} setForm={setForm} isNew={id === null} readOnly={readOnly} />
        {form.modules.length === 0 && (
          <Typography textColor="neutral600">
            {formatMessage(
              pluginMessage('placements.noModules', 'No list yet: add the first one this slot shows.'),
            )}
          </Typography>
        )}
        {form.modules.map((module, index) => (
          <ModuleCard
            key={module.key}
            module={module}
            position={index}
            count={form.modules.length}
            sources={sources}
            sourceProblem={sourceProblem}
            figures={month?.modules.find((entry) => entry.slot === form.slot && entry.module === module.key)}
            readOnly={readOnly}
            onChange={(next) => setModules(form.modules.map((m) => (m.key === module.key ? next : m)))}
            onMove={(offset) => move(index, offset)}
            onRemove={() => setModules(form.modules.filter((m) => m.key !== module.key))}
            onKeepOnly={(next) =>
              save(form.status ?? 'draft', {
                ...form,
                modules: form.modules.map((m) => (m.key === module.key ? next : m)),
              })
            }
          />
        ))}
        {!readOnly && form.modules.length < 10 && (
          <Button
            variant="secondary"
            startIcon={<Plus />}
            onClick={() => setModules([...form.modules, newModule(form.modules)])}
          >
            {formatMessage(pluginMessage('placements.addModule', 'Add a list'))}
          </Button>
        )}
        <PlacementPreviewCard form={form} editorialTitles={titles} />
      </Flex>
    </PluginPage>
  );
};
