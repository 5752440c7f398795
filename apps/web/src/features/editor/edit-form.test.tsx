import { cleanup, fireEvent } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderIn } from '../../test/render';
import { EditForm } from './edit-form';
import { bts, pendingFact, wifi } from './test-data';

afterEach(cleanup);

describe('edit form', () => {
  it('refuses a value that is not a number, in Vietnamese, and does not save', () => {
    const onSave = vi.fn();
    const { getByLabelText, getByRole, getByText } = renderIn(
      'vi',
      <EditForm fact={pendingFact(1, wifi.key, 1024, 0.7)} indicators={[wifi, bts]} busy={false} onSave={onSave} onCancel={() => {}} />,
    );
    const value = getByLabelText('Giá trị');
    fireEvent.change(value, { target: { value: 'một nghìn' } });
    fireEvent.click(getByRole('button', { name: 'Lưu và chấp nhận' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(getByText('Không phải là số (viết như 25.200 hoặc 98,1).')).toBeTruthy();
    expect(value.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(value);
  });

  it('saves the changed fields as a FactPatch that also accepts', () => {
    const onSave = vi.fn();
    const { getByLabelText, getByRole } = renderIn(
      'en',
      <EditForm fact={pendingFact(1, wifi.key, 1024, 0.7)} indicators={[wifi, bts]} busy={false} onSave={onSave} onCancel={() => {}} />,
    );
    fireEvent.change(getByLabelText('Indicator'), { target: { value: 'bts_total' } });
    fireEvent.change(getByLabelText('Year'), { target: { value: '2021' } });
    fireEvent.change(getByLabelText('Kind'), { target: { value: 'estimate' } });
    fireEvent.click(getByRole('button', { name: 'Save and accept' }));
    expect(onSave).toHaveBeenCalledWith({ indicator: 'bts_total', year: 2021, qualifier: 'estimate', accept: true });
  });

  it('says so when nothing changed, and Escape cancels', () => {
    const onSave = vi.fn();
    const onCancel = vi.fn();
    const { getByRole, getByText } = renderIn(
      'en',
      <EditForm fact={pendingFact(1, wifi.key, 1024, 0.7)} indicators={[wifi]} busy={false} onSave={onSave} onCancel={onCancel} />,
    );
    fireEvent.click(getByRole('button', { name: 'Save and accept' }));
    expect(getByText('Nothing has changed.')).toBeTruthy();
    fireEvent.keyDown(getByRole('button', { name: 'Save and accept' }), { key: 'Escape' });
    expect(onSave).not.toHaveBeenCalled();
    expect(onCancel).toHaveBeenCalledOnce();
  });
});
