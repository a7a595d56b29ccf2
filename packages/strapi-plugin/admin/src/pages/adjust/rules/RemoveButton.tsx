import { IconButton } from '@strapi/design-system';
import { Trash } from '@strapi/icons';

/** The bin icon that takes one rule out of the draft; the label says which. */
export const RemoveButton = ({ label, onClick }: { label: string; onClick: () => void }) => (
  <IconButton variant="ghost" label={label} onClick={onClick}>
    <Trash />
  </IconButton>
);
