import type { Lang } from '@chiso/shared';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { LangProvider } from '../lib/i18n';

export function renderIn(lang: Lang, ui: ReactElement) {
  return render(<LangProvider initial={lang}>{ui}</LangProvider>);
}
