import { Button, Dialog } from '@strapi/design-system';
import { ConfirmDialog } from '@strapi/strapi/admin';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useIntl } from 'react-intl';

import { pluginMessage } from '../pluginMessage';

export interface PublishButtonProps {
  /** Why shoppers would see nothing once this is published (asks first), or null. */
  empty: string | null;
  loading: boolean;
  onPublish: () => void;
  children: ReactNode;
}

/** Publishes at once, or, when what is published would show shoppers nothing, asks first and says why. */
export const PublishButton = ({ empty, loading, onPublish, children }: PublishButtonProps) => {
  const { formatMessage } = useIntl();
  const [asking, setAsking] = useState(false);
  return (
    <Dialog.Root open={asking} onOpenChange={setAsking}>
      <Button loading={loading} onClick={() => (empty === null ? onPublish() : setAsking(true))}>
        {children}
      </Button>
      <ConfirmDialog
        title={formatMessage(pluginMessage('publish.emptyTitle', 'Publish something shoppers will not see?'))}
        onConfirm={() => {
          setAsking(false);
          onPublish();
        }}
      >
        {formatMessage(pluginMessage('publish.emptyBody', '{reason} Publish it anyway?'), { reason: empty })}
      </ConfirmDialog>
    </Dialog.Root>
  );
};
