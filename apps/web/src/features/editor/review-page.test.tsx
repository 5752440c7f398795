import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LangProvider } from '../../lib/i18n';
import { readSession, saveSession, signOutReason } from '../../lib/session';
import { reviewActionOf } from './review-keys';
import ReviewPage from './review-page';
import { bts, pendingFact, wifi } from './test-data';

const facts = [pendingFact(1, wifi.key, 1024, 0.6), pendingFact(2, bts.key, 2180, 0.7)];
let pending = [...facts];
let calls: { method: string; url: string; auth: string | null; body: unknown }[] = [];

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

async function fakeApi(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = String(input);
  const method = init?.method ?? 'GET';
  const headers = new Headers(init?.headers);
  calls.push({ method, url, auth: headers.get('authorization'), body: init?.body ? JSON.parse(String(init.body)) : null });
  if (headers.get('authorization') === 'Bearer chiso_revoked') {
    return json({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'The token is not valid.' }, 401);
  }
  const accept = /\/facts\/(\d+)\/(accept|reject)$/.exec(url);
  if (method === 'POST' && accept) {
    const fact = pending.find((f) => f.id === Number(accept[1]))!;
    pending = pending.filter((f) => f !== fact);
    return json({ ...fact, status: accept[2] === 'accept' ? 'accepted' : 'rejected' });
  }
  if (method === 'POST' && url === '/api/v1/sources/7/accept') {
    const min = (JSON.parse(String(init?.body)) as { min_confidence: number }).min_confidence;
    const accepted = pending.filter((f) => (f.confidence ?? 0) >= min).map((f) => f.id);
    pending = pending.filter((f) => !accepted.includes(f.id));
    return json({ source_id: 7, min_confidence: min, accepted, facts: { pending: pending.length, accepted: accepted.length, rejected: 0 } });
  }
  if (url.startsWith('/api/v1/facts?')) return json({ facts: pending, total: pending.length, limit: 500, offset: 0 });
  if (url === '/api/v1/indicators') return json({ indicators: [wifi, bts], regions: [{ key: 'da-nang', level: 'province', name_vi: 'Đà Nẵng', name_en: 'Da Nang', code: '48', code_before_2025_07: null, valid_from: null, valid_to: null, successor: null, aliases: [], source_url: null }] });
  if (url === '/api/v1/sources?status=pending&limit=500') return json({ sources: [], total: 0, limit: 500, offset: 0 });
  if (url === '/api/v1/sources/7') {
    const { source } = facts[0]!;
    return json({ ...source, facts: { pending: 2, accepted: 0, rejected: 0 }, retired: null, text: 'Văn bản.', fact_list: facts.map(({ source: _, ...f }) => f), pages: [] });
  }
  return json({ type: 'about:blank', title: 'Not Found', status: 404, detail: url }, 404);
}

function renderQueue() {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={qc}>
      <LangProvider initial="en">
        <ReviewPage />
      </LangProvider>
    </QueryClientProvider>,
  );
}

const press = (key: string, target: Element = document.body) => act(() => void fireEvent.keyDown(target, { key }));

beforeEach(() => {
  pending = [...facts];
  calls = [];
  vi.stubGlobal('fetch', vi.fn(fakeApi));
  saveSession({ token: 'chiso_abc', me: { name: 'lan.nguyen', role: 'editor' } });
  window.history.replaceState(null, '', '/review?source=7');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

describe('review keyboard', () => {
  it('maps a, r, e, j, k and ignores them while typing or with a modifier', () => {
    const body = document.body;
    expect(reviewActionOf({ key: 'a', altKey: false, ctrlKey: false, metaKey: false, target: body })).toBe('accept');
    expect(reviewActionOf({ key: 'j', altKey: false, ctrlKey: false, metaKey: false, target: body })).toBe('next');
    expect(reviewActionOf({ key: 'k', altKey: false, ctrlKey: false, metaKey: false, target: body })).toBe('prev');
    expect(reviewActionOf({ key: 'r', altKey: false, ctrlKey: true, metaKey: false, target: body })).toBeNull();
    expect(reviewActionOf({ key: 'a', altKey: false, ctrlKey: false, metaKey: false, target: body, repeat: true })).toBeNull();
    const input = document.createElement('textarea');
    expect(reviewActionOf({ key: 'a', altKey: false, ctrlKey: false, metaKey: false, target: input })).toBeNull();
    expect(reviewActionOf({ key: 'x', altKey: false, ctrlKey: false, metaKey: false, target: body })).toBeNull();
  });

  it('moves with j and k, least confident first, and keeps the figure in the URL', async () => {
    const { findByText, getByText } = renderQueue();
    await findByText('Free public WiFi stations');
    expect(getByText(/Figure 1 of 2/)).toBeTruthy();
    press('j');
    await findByText('BTS stations');
    expect(getByText(/Figure 2 of 2/)).toBeTruthy();
    await waitFor(() => expect(window.location.search).toContain('fact=2'));
    press('k');
    await findByText('Free public WiFi stations');
  });

  it('accepts with a, sending the bearer token, and goes on to the next figure', async () => {
    const { findByText, getByText } = renderQueue();
    await findByText('Free public WiFi stations');
    press('a');
    await findByText(/Accepted Free public WiFi stations 2020/);
    const post = calls.find((c) => c.method === 'POST');
    expect(post).toMatchObject({ url: '/api/v1/facts/1/accept', auth: 'Bearer chiso_abc' });
    await findByText('BTS stations');
    expect(getByText('1 figure left to review')).toBeTruthy();
  });

  it('asks for a reason on r; keys typed into it do not act on the queue', async () => {
    const { findByText, findByLabelText, getByRole } = renderQueue();
    await findByText('Free public WiFi stations');
    press('r');
    const reason = await findByLabelText('Why reject this figure?');
    expect(document.activeElement).toBe(reason);
    press('a', reason);
    press('Enter', reason);
    await findByText('Give a reason.');
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
    fireEvent.change(reason, { target: { value: 'not a count of stations' } });
    fireEvent.click(getByRole('button', { name: 'Reject' }));
    await findByText(/Rejected Free public WiFi stations 2020/);
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ url: '/api/v1/facts/1/reject', body: { reason: 'not a count of stations' } });
  });

  it('a revoked token ends the session and sends the editor to sign in, coming back here afterwards', async () => {
    saveSession({ token: 'chiso_revoked', me: { name: 'lan.nguyen', role: 'editor' } });
    const { findByText } = renderQueue();
    await findByText('Free public WiFi stations');
    press('a');
    await waitFor(() => expect(window.location.pathname).toBe('/signin'));
    expect(new URLSearchParams(window.location.search).get('next')).toBe('/review?source=7&fact=1');
    expect(readSession()).toBeNull();
    expect(signOutReason()).toBe('expired');
  });

  it('bulk accepts the source’s figures at or above a confidence, counted before the button is pressed', async () => {
    const { findByText, findByRole, getByLabelText } = renderQueue();
    await findByText('Free public WiFi stations');
    expect((await findByRole('button', { name: 'Accept 0 figures' })).hasAttribute('disabled')).toBe(true);
    fireEvent.change(getByLabelText('Minimum confidence (%)'), { target: { value: '65' } });
    fireEvent.click(await findByRole('button', { name: 'Accept 1 figure' }));
    await findByText('Accepted 1 figure.');
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ url: '/api/v1/sources/7/accept', body: { min_confidence: 0.65 } });
    await findByText('1 figure left to review');
  });

  it('opens the edit form on e, and Escape closes it', async () => {
    const { findByText, findByRole, queryByRole } = renderQueue();
    await findByText('Free public WiFi stations');
    press('e');
    const form = await findByRole('form', { name: 'Edit the figure' });
    press('Escape', form);
    await waitFor(() => expect(queryByRole('form', { name: 'Edit the figure' })).toBeNull());
  });
});
