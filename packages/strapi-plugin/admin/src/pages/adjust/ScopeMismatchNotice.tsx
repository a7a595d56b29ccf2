import { Box, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { pluginMessage } from '../../pluginMessage';

/** Warns that the rules apply on another product's page than the one previewed, so they change nothing here. */
export const ScopeMismatchNotice = ({ productName }: { productName: string }) => {
  const { formatMessage } = useIntl();
  return (
    <Box background="warning100" padding={3} hasRadius>
      <Typography textColor="warning700">
        {formatMessage(
          pluginMessage(
            'adjust.scopeMismatch',
            'Your rules apply on the page of {name} only, and the list above is shown elsewhere: they change nothing here.',
          ),
          { name: productName },
        )}
      </Typography>
    </Box>
  );
};
