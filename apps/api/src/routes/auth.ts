import { Me, TokenCreate, TokenCreated, TokenInfo, TokenName, TokensResponse } from '@chiso/shared';
import { z } from 'zod';
import type { AppDeps } from '../context';
import { HttpProblem } from '../http/problem';
import { authProblems, jsonContent, problems, route, type ApiRouter } from '../http/route';
import { createToken, listTokens, revokeToken, TokenError } from '../services/tokens';

const noStore = { 'Cache-Control': 'no-store' };

/** Who a token is (any editor), and token management (admin only). */
export function authRoute(app: ApiRouter, deps: AppDeps): void {
  const db = deps.db.db;
  const admin = { auth: 'admin' } as const;

  app.openapi(
    route(deps.auth, { auth: 'editor' }, {
      method: 'get',
      path: '/auth/me',
      summary: 'Who the token belongs to: checks a token for the sign-in screen (a wrong token counts as a failed sign-in)',
      tags: ['editors'],
      responses: { 200: jsonContent(Me), ...problems(...authProblems) },
    }),
    (c) => c.json({ name: c.var.editor.name, role: c.var.editor.role }, 200, noStore),
  );

  app.openapi(
    route(deps.auth, admin, {
      method: 'get',
      path: '/tokens',
      summary: 'Tokens: names, roles, created, last used, revoked (never the tokens themselves). Admin only.',
      tags: ['admin'],
      responses: { 200: jsonContent(TokensResponse), ...problems(...authProblems) },
    }),
    async (c) => c.json({ tokens: await listTokens(db) }, 200, noStore),
  );

  app.openapi(
    route(deps.auth, admin, {
      method: 'post',
      path: '/tokens',
      summary: 'Create a token (role editor or admin); the response is the only place the token is ever shown. Admin only.',
      tags: ['admin'],
      request: { body: { required: true, content: { 'application/json': { schema: TokenCreate } } } },
      responses: { 201: jsonContent(TokenCreated, 'Created'), ...problems(400, 409, 413, 415, ...authProblems) },
    }),
    async (c) => {
      const req = c.req.valid('json');
      const created = await createToken(db, req.name, req.role).catch((e: unknown) => {
        if (e instanceof TokenError) throw new HttpProblem(409, `Cannot create the token: ${e.message}.`);
        throw e;
      });
      return c.json({ ...created.info, token: created.token }, 201, noStore);
    },
  );

  app.openapi(
    route(deps.auth, admin, {
      method: 'delete',
      path: '/tokens/{name}',
      summary: 'Revoke a token: it stops working at once and is kept, so revisions still name who made them. Admin only.',
      tags: ['admin'],
      request: { params: z.object({ name: TokenName }) },
      responses: { 200: jsonContent(TokenInfo), ...problems(400, 404, ...authProblems) },
    }),
    async (c) => {
      const name = c.req.valid('param').name;
      const revoked = await revokeToken(db, name);
      if (!revoked) throw new HttpProblem(404, `There is no token named "${name}".`);
      return c.json(revoked, 200, noStore);
    },
  );
}
