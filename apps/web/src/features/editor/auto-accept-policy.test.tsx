import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderIn } from '../../test/render';
import { AutoAcceptText } from './auto-accept-policy';

afterEach(cleanup);

describe('the auto-accept policy on the upload page', () => {
  it('names the calibrated threshold and the label the figures carry', () => {
    const vi = renderIn('vi', <AutoAcceptText settings={{ auto_accept: { policy: 'calibrated', threshold: 0.983 } }} />);
    expect(vi.container.textContent).toContain('từ 98,3% trở lên');
    expect(vi.container.textContent).toContain('đọc tự động, chưa duyệt');
    cleanup();
    const en = renderIn('en', <AutoAcceptText settings={{ auto_accept: { policy: 'calibrated', threshold: 0.983 } }} />);
    expect(en.container.textContent).toContain('a confidence of 98.3% or more');
  });

  it('says when nothing is accepted without a person: off, or no threshold', () => {
    const off = renderIn('en', <AutoAcceptText settings={{ auto_accept: { policy: 'off', threshold: null } }} />);
    expect(off.container.textContent).toContain('every figure the machine reads waits for a person');
    cleanup();
    const none = renderIn('en', <AutoAcceptText settings={{ auto_accept: { policy: 'calibrated', threshold: null } }} />);
    expect(none.container.textContent).toContain('the confidence model has no threshold: every figure the machine reads waits for a person');
  });
});
