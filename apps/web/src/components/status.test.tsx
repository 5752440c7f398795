import { cleanup, fireEvent } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../lib/api';
import { renderIn } from '../test/render';
import { ErrorState } from './status';

afterEach(cleanup);

describe('error state', () => {
  it('says what happened in the reader’s language and retries', () => {
    const retry = vi.fn();
    const { getByRole } = renderIn('vi', <ErrorState error={new ApiError('network', null)} onRetry={retry} />);
    expect(getByRole('alert').textContent).toContain('Không kết nối được máy chủ');
    fireEvent.click(getByRole('button', { name: 'Thử lại' }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('does not show the API’s English detail to a Vietnamese reader', () => {
    const problem = { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No indicator named x' };
    const { getByRole } = renderIn('vi', <ErrorState error={new ApiError(problem.detail, 404, problem)} />);
    expect(getByRole('alert').textContent).toContain('Không tìm thấy dữ liệu');
    expect(getByRole('alert').textContent).not.toContain('No indicator');
  });

  it('names a server failure with its status, in English too', () => {
    const { getByRole } = renderIn('en', <ErrorState error={new ApiError('HTTP 503', 503)} />);
    expect(getByRole('alert').textContent).toContain('The server had a problem (503)');
  });
});
