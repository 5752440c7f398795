import { errorMessage } from '../../components/status';
import type { Translate } from '../../lib/i18n';
import { EditorApiError } from './api';

/** What went wrong with a write, in the reader's language, and the API's own detail where it helps. */
export function writeError(error: unknown, t: Translate): { message: string; detail: string | null } {
  if (!(error instanceof EditorApiError) || error.status === null) return { message: errorMessage(error, t), detail: null };
  const detail = error.problem?.detail ?? null;
  switch (error.status) {
    case 401:
      return { message: t('signin.expired'), detail: null };
    case 403:
      return { message: t('err.forbidden'), detail: null };
    case 409:
      return { message: t('err.conflict'), detail };
    case 413:
      return { message: t('err.tooLarge'), detail };
    case 415:
      return { message: t('err.unsupported'), detail };
    case 422:
      return { message: t('err.corrupt'), detail };
    case 429:
      return { message: error.retryAfter !== null ? t('err.tooMany', { n: error.retryAfter }) : t('err.tooManySoon'), detail: null };
    case 400:
      return { message: t('err.invalid'), detail };
    default:
      return { message: errorMessage(error, t), detail: null };
  }
}
