import type { IntlShape } from 'react-intl';

import { pluginMessage } from '../../../pluginMessage';
import type { EditorialForm } from './editorialForm';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What is wrong with each field of the form, in words; undefined where the field is fine. */
export const editorialFormErrors = (formatMessage: IntlShape['formatMessage'], form: EditorialForm) => ({
  title:
    form.title.trim() === ''
      ? formatMessage(pluginMessage('editor.error.title', 'Give the list a title'))
      : undefined,
  slug: !SLUG.test(form.slug)
    ? formatMessage(
        pluginMessage(
          'editor.error.slug',
          'Use lower-case letters, digits and single dashes, e.g. summer-picks',
        ),
      )
    : undefined,
  endsAt:
    form.startsAt && form.endsAt && form.endsAt <= form.startsAt
      ? formatMessage(pluginMessage('editor.error.endsAt', 'The end must come after the start'))
      : undefined,
});
