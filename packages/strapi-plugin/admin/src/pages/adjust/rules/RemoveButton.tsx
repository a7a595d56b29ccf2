import { IconButton } from '@strapi/design-system';
import { Trash } from '@strapi/icons';

/** A rule's remove button, named after what it removes. */
export const RemoveButton = ({ label, onClick }: { label: string; onClick: () => void }) => (
  <IconButton variant="ghost" label={label} onClick={onClick}>
    <Trash />
  </IconButton>
);
