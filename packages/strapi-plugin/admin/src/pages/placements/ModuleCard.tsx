import { Box, Flex, IconButton, Typography } from '@strapi/design-system';
import { ArrowDown, ArrowUp, Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';

import type { ModulePerformance, PlacementModule } from '../../../../shared/contracts/placements';
import { pluginMessage } from '../../pluginMessage';
import { ModuleSchedule } from './ModuleSchedule';
import { ModuleSettings } from './ModuleSettings';
import { withOnlyVariant, withVariantRemoved } from './placementForm';
import { VariantFields } from './VariantFields';
import { VariantFigures } from './VariantFigures';

export interface ModuleCardProps {
  module: PlacementModule;
  position: number;
  count: number;
  sources: { value: string; label: string }[];
  /** Why a variant's list cannot be shown (an editorial list deleted or unpublished); undefined when it can. */
  sourceProblem: (source: PlacementModule['variants'][number]['source']) => string | undefined;
  figures: ModulePerformance | undefined;
  onChange: (module: PlacementModule) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
  /** Keeps one variant of a test and saves at once. */
  onKeepOnly: (module: PlacementModule) => void;
  readOnly: boolean;
}

/** One list of the slot: what it shows (or the variants of its A/B test), how many, how, and where from. */
export const ModuleCard = (props: ModuleCardProps) => {
  const {
    module,
    position,
    count,
    sources,
    sourceProblem,
    figures,
    onChange,
    onMove,
    onRemove,
    onKeepOnly,
    readOnly,
  } = props;
  const { formatMessage } = useIntl();
  const tested = module.variants.length > 1;
  const title = formatMessage(pluginMessage('placements.module', 'List {position}'), {
    position: position + 1,
  });
  return (
    <Box background="neutral0" padding={5} shadow="tableShadow" hasRadius tag="section" aria-label={title}>
      <Flex justifyContent="space-between" paddingBottom={3}>
        <Typography variant="delta" tag="h3">
          {title}
          {tested && ` · ${formatMessage(pluginMessage('placements.abTest', 'A/B test'))}`}
        </Typography>
        {!readOnly && (
          <Flex gap={1}>
            <IconButton
              variant="ghost"
              disabled={position === 0}
              label={formatMessage(pluginMessage('placements.moveUp', 'Move {name} up'), { name: title })}
              onClick={() => onMove(-1)}
            >
              <ArrowUp />
            </IconButton>
            <IconButton
              variant="ghost"
              disabled={position === count - 1}
              label={formatMessage(pluginMessage('placements.moveDown', 'Move {name} down'), { name: title })}
              onClick={() => onMove(1)}
            >
              <ArrowDown />
            </IconButton>
            <IconButton
              variant="ghost"
              label={formatMessage(pluginMessage('placements.removeModule', 'Remove {name}'), {
                name: title,
              })}
              onClick={onRemove}
            >
              <Trash />
            </IconButton>
          </Flex>
        )}
      </Flex>
      <Flex direction="column" alignItems="stretch" gap={3}>
        {module.variants.map((variant) => (
          <VariantFields
            key={variant.key}
            variant={variant}
            sources={sources}
            problem={sourceProblem(variant.source)}
            tested={tested}
            readOnly={readOnly}
            onChange={(next) =>
              onChange({
                ...module,
                variants: module.variants.map((v) => (v.key === variant.key ? next : v)),
              })
            }
            onRemove={tested ? () => onChange(withVariantRemoved(module, variant.key)) : undefined}
          />
        ))}
        <ModuleSettings module={module} onChange={onChange} readOnly={readOnly} />
        <ModuleSchedule module={module} onChange={onChange} readOnly={readOnly} />
        {tested && figures && (
          <VariantFigures
            figures={figures}
            readOnly={readOnly}
            onKeepOnly={(key) => onKeepOnly(withOnlyVariant(module, key))}
          />
        )}
      </Flex>
    </Box>
  );
};
