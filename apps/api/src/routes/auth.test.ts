import { Me, TokenCreated, TokenInfo, TokensResponse } from '@chiso/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { hashToken, verifyToken } from '../services/tokens';
import { editorApp, type EditorApp } from '../testing/editors';
import { expectProblem } from '../testing/problem';

let t: EditorApp;
beforeAll(async () => {
  t = await editorApp();
});
afterAll(async () => t.close());

describe('who may write', () => {
  it('GET /auth/me names the token and its role', async () => {
    const me = Me.parse(await (await t.req('GET', '/api/v1/auth/me', { token: t.editor })).json());
    expect(me).toEqual({ name: 'test-editor', role: 'editor' });
    const admin = Me.parse(await (await t.req('GET', '/api/v1/auth/me', { token: t.admin })).json());
    expect(admin.role).toBe('admin');
  });

  it('401 without a token, with a wrong one and with a malformed header, each saying what to do', async () => {
    const none = await expectProblem(await t.req('GET', '/api/v1/auth/me'), 401);
    expect(none.detail).toMatch(/Authorization: Bearer/);
    const wrong = await expectProblem(await t.req('GET', '/api/v1/auth/me', { token: `${t.editor.slice(0, -2)}xx` }), 401);
    expect(wrong.detail).toMatch(/unknown or was revoked/);
    const res = await t.req('GET', '/api/v1/auth/me', { headers: { Authorization: `Basic ${t.editor}` } });
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    await expectProblem(res, 401);
  });

  it('public reads need no token', async () => {
    expect((await t.req('GET', '/api/v1/facts?status=pending')).status).toBe(200);
  });

  it('403 when an editor manages tokens (admin only)', async () => {
    const p = await expectProblem(await t.req('GET', '/api/v1/tokens', { token: t.editor }), 403);
    expect(p.detail).toMatch(/admin/);
    await expectProblem(await t.req('POST', '/api/v1/tokens', { token: t.editor, json: { name: 'x' } }), 403);
    await expectProblem(await t.req('DELETE', '/api/v1/tokens/test-admin', { token: t.editor }), 403);
  });

  it('an admin creates, lists and revokes tokens; the revoked token gets 401 at once', async () => {
    const res = await t.req('POST', '/api/v1/tokens', { token: t.admin, json: { name: 'lan.nguyen', role: 'editor' } });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const created = TokenCreated.parse(await res.json());
    expect(created.token).toMatch(/^chiso_[A-Za-z0-9_-]{43}$/);
    expect((await t.req('GET', '/api/v1/auth/me', { token: created.token })).status).toBe(200);

    const list = TokensResponse.parse(await (await t.req('GET', '/api/v1/tokens', { token: t.admin })).json());
    expect(list.tokens.map((x) => x.name)).toEqual(['test-editor', 'test-admin', 'lan.nguyen']);
    expect(JSON.stringify(list)).not.toContain(created.token);
    expect(list.tokens.find((x) => x.name === 'lan.nguyen')!.last_used_at).not.toBeNull();

    await expectProblem(await t.req('POST', '/api/v1/tokens', { token: t.admin, json: { name: 'lan.nguyen' } }), 409);
    await expectProblem(await t.req('POST', '/api/v1/tokens', { token: t.admin, json: { name: 'no spaces' } }), 400);

    const revoked = TokenInfo.parse(await (await t.req('DELETE', '/api/v1/tokens/lan.nguyen', { token: t.admin })).json());
    expect(revoked.revoked_at).not.toBeNull();
    await expectProblem(await t.req('GET', '/api/v1/auth/me', { token: created.token }), 401);
    await expectProblem(await t.req('DELETE', '/api/v1/tokens/nobody', { token: t.admin }), 404);
  });

  it('stores only a SHA-256 of the token, never the token', async () => {
    const rows = await t.db.db.selectFrom('api_tokens').selectAll().execute();
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(t.editor);
    expect(dump).not.toContain(t.editor.slice('chiso_'.length));
    expect(rows.find((r) => r.name === 'test-editor')!.hash).toBe(hashToken(t.editor));
    expect(await verifyToken(t.db.db, t.editor)).not.toBeNull();
    expect(await verifyToken(t.db.db, hashToken(t.editor))).toBeNull();
  });
});

describe('rate limits', () => {
  it('failed sign-ins: past the limit the address gets 429 with Retry-After for wrong tokens, while a good token from it still passes (issue 15: one NAT)', async () => {
    const { app } = await createApp({ db: t.db, log: () => {}, catalogue: t.deps.catalogue(), rateLimits: { failedSignIns: 3 } });
    const me = (token: string) => app.request('/api/v1/auth/me', { headers: { Authorization: `Bearer ${token}` } });
    for (let i = 0; i < 3; i++) expect((await me('chiso_wrong')).status).toBe(401);
    const blocked = await me('chiso_wrong-again');
    const p = await expectProblem(blocked, 429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(p.detail).toMatch(/failed sign-ins/);
    expect((await me(t.editor)).status).toBe(200);
    await expectProblem(await app.request('/api/v1/auth/me', { headers: { Authorization: 'Basic x' } }), 429);
  });

  it('writes: past the limit per token, 429 with Retry-After; reads stay open', async () => {
    const { app } = await createApp({ db: t.db, log: () => {}, catalogue: t.deps.catalogue(), rateLimits: { writesPerMinute: 2 } });
    const reject = () =>
      app.request('/api/v1/facts/999999/reject', {
        method: 'POST',
        headers: { Authorization: `Bearer ${t.editor}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ reason: 'test' }),
      });
    expect((await reject()).status).toBe(404);
    expect((await reject()).status).toBe(404);
    const third = await reject();
    await expectProblem(third, 429);
    expect(third.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await app.request('/api/v1/auth/me', { headers: { Authorization: `Bearer ${t.editor}` } })).status).toBe(200);
  });
});

it('never logs a token', async () => {
  const lines: string[] = [];
  const { app } = await createApp({ db: t.db, log: (e) => lines.push(JSON.stringify(e)), catalogue: t.deps.catalogue() });
  await app.request('/api/v1/auth/me', { headers: { Authorization: `Bearer ${t.editor}` } });
  await app.request('/api/v1/auth/me', { headers: { Authorization: 'Bearer chiso_not-a-real-token' } });
  await app.request(`/api/v1/facts?token=${t.editor}`);
  expect(lines.length).toBeGreaterThanOrEqual(3);
  for (const line of lines) {
    expect(line).not.toContain(t.editor);
    expect(line).not.toContain('chiso_not-a-real-token');
  }
});
