import { Button, Flex } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { EditorialListStatus } from '../../../../../shared/contracts/editorial-lists';
import { PublishButton } from '../../../components/PublishButton';
import { pluginMessage } from '../../../pluginMessage';

export interface EditorActionsProps {
  status: EditorialListStatus;
  saving: boolean;
  onSave: (status: EditorialListStatus) => void;
  /** Why shoppers would see nothing of the list (publishing asks first), or null. */
  empty: string | null;
}

/** Save as a draft (or unpublish) and publish (or save a published list). */
export const EditorActions = ({ status, saving, onSave, empty }: EditorActionsProps) => {
  const { formatMessage } = useIntl();
  return (
    <Flex gap={2}>
      {status === 'published' ? (
        <Button variant="secondary" loading={saving} onClick={() => onSave('draft')}>
          {formatMessage(pluginMessage('editor.unpublish', 'Unpublish'))}
        </Button>
      ) : (
        <Button variant="secondary" loading={saving} onClick={() => onSave('draft')}>
          {formatMessage(pluginMessage('editor.saveDraft', 'Save draft'))}
        </Button>
      )}
      <PublishButton empty={empty} loading={saving} onPublish={() => onSave('published')}>
        {status === 'published'
          ? formatMessage(pluginMessage('editor.savePublished', 'Save and keep published'))
          : formatMessage(pluginMessage('editor.publish', 'Publish'))}
      </PublishButton>
    </Flex>
  );
};
