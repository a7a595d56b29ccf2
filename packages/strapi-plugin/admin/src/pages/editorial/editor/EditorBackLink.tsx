import { Typography } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';

import { pluginMessage } from '../../../pluginMessage';

/** Back to the list of editorial lists, above the editor's title. */
export const EditorBackLink = () => {
  const { formatMessage } = useIntl();
  return (
    <Link to=".." relative="path" style={{ display: 'inline-flex', alignItems: 'center', gap: '0.4rem' }}>
      <ArrowLeft aria-hidden />
      <Typography variant="pi">
        {formatMessage(pluginMessage('editor.back', 'All editorial lists'))}
      </Typography>
    </Link>
  );
};
