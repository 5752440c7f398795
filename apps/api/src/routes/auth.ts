import { Hono } from 'hono';
import { TokenCreate, TokenName, type Me, type TokenCreated, type TokensResponse } from '@chiso/shared';
import type { AppDeps } from '../context';
import type { Auth, AuthEnv } from '../http/auth';
import { HttpProblem } from '../http/problem';
import { jsonBody, param } from '../http/validate';
import { createToken, listTokens, revokeToken, TokenError } from '../services/tokens';

const noStore = { 'Cache-Control': 'no-store' };

/** Who a token is (any editor), and token management (admin only). */
export function authRoute(deps: AppDeps, auth: Auth): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  const db = deps.db.db;
  const admin = auth.require('admin');

  app.get('/auth/me', auth.require('editor'), (c) => {
    const body: Me = { name: c.var.editor.name, role: c.var.editor.role };
    return c.json(body, 200, noStore);
  });

  app.get('/tokens', admin, async (c) => {
    const body: TokensResponse = { tokens: await listTokens(db) };
    return c.json(body, 200, noStore);
  });

  app.post('/tokens', admin, async (c) => {
    const req = await jsonBody(c, TokenCreate);
    const created = await createToken(db, req.name, req.role).catch((e: unknown) => {
      if (e instanceof TokenError) throw new HttpProblem(409, `Cannot create the token: ${e.message}.`);
      throw e;
    });
    const body: TokenCreated = { ...created.info, token: created.token };
    return c.json(body, 201, noStore);
  });

  app.delete('/tokens/:name', admin, async (c) => {
    const name = param(c, 'name', TokenName);
    const revoked = await revokeToken(db, name);
    if (!revoked) throw new HttpProblem(404, `There is no token named "${name}".`);
    return c.json(revoked, 200, noStore);
  });

  return app;
}
