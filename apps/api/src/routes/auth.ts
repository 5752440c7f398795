import { Me, TokenCreate, TokenCreated, TokenInfo, TokenName, TokensResponse } from '@chiso/shared';
import { z } from 'zod';
import type { AppDeps } from '../context';
import { HttpProblem } from '../http/problem';
import { docs, authProblems, jsonContent, problems, route, type ApiRouter } from '../http/route';
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
      ...docs('Mã này của ai: kiểm tra mã khi đăng nhập (mã sai tính là một lần đăng nhập hỏng)', 'GET /api/v1/auth/me (Authorization: Bearer TOKEN)'),
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
      ...docs('Các mã: tên, vai trò, ngày tạo, lần dùng cuối, ngày thu hồi (không bao giờ là chính mã). Chỉ quản trị viên.', 'GET /api/v1/tokens (Authorization: Bearer ADMIN_TOKEN)'),
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
      ...docs('Tạo mã (vai trò editor hoặc admin); mã chỉ hiện một lần, trong câu trả lời này. Chỉ quản trị viên.', 'POST /api/v1/tokens {"name":"lan.nguyen","role":"editor"}'),
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
      ...docs('Thu hồi một mã: hết hiệu lực ngay, vẫn được giữ để lịch sử nêu tên người đã sửa. Chỉ quản trị viên.', 'DELETE /api/v1/tokens/lan.nguyen'),
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
