import { Box, Main, Typography } from '@strapi/design-system';
import { Layouts, useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';

import type { GetModelStatus } from '../../../shared/contracts/model';

/** The plugin's page: the serving model for now (editing lists and rules comes with the admin UI). */
export const HomePage = () => {
  const { get } = useFetchClient();
  const [status, setStatus] = useState<GetModelStatus.Response['data'] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    get<GetModelStatus.Response>('/recommendations/model')
      .then((response) => setStatus(response.data.data))
      .catch((reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)));
  }, [get]);

  return (
    <Main>
      <Layouts.Header title="Recommendations" subtitle="Lists trained on your shop's events" />
      <Layouts.Content>
        <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
          {error !== null ? (
            <Typography textColor="danger600">{error}</Typography>
          ) : status === null ? (
            <Typography>Loading the model status…</Typography>
          ) : status.current === null ? (
            <Typography>
              No model yet: train one from the settings or wait for the scheduled training.
            </Typography>
          ) : (
            <Typography>
              Model version {status.current.version}, trained{' '}
              {new Date(status.current.trainedAt).toLocaleString()} on {status.current.interactions}{' '}
              interactions of {status.current.users} shoppers over {status.current.products} products.
            </Typography>
          )}
        </Box>
      </Layouts.Content>
    </Main>
  );
};
