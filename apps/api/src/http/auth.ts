import type { MiddlewareHandler } from 'hono';
import type { TokenRole } from '@chiso/shared';
import type { Db } from '../db/connect';
import { verifyToken } from '../services/tokens';
import { HttpProblem } from './problem';
import { clientAddress, RateLimiter, tooMany, type RateLimits } from './rate-limit';

export interface Editor {
  name: string;
  role: TokenRole;
}

/** Hono variables set by `requireRole` for the handlers behind it. */
export type AuthEnv = { Variables: { editor: Editor } };

export interface AuthOptions {
  db: Db;
  limits: RateLimits;
  trustProxy: boolean;
}

export interface Auth {
  /** Lets the request through with a live token of the role (an admin may do what an editor may). */
  require(role: TokenRole): MiddlewareHandler<AuthEnv>;
}

const rank: Record<TokenRole, number> = { editor: 1, admin: 2 };
const challenge = { 'WWW-Authenticate': 'Bearer realm="chiso"' };

/**
 * Bearer-token authentication with two limits: failed sign-ins per client address (a wrong or revoked token; past
 * the limit the address's wrong tokens get 429 until the window ends) and writes per token, both counted in the
 * database so every process shares them. A valid token always passes: editors behind one NAT with someone who
 * fails cannot be locked out (issue 15), and a token's 256 random bits are what stops guessing, not the limit. The
 * token itself is never logged or echoed.
 */
export function createAuth(opts: AuthOptions): Auth {
  const { db, limits } = opts;
  const failures = new RateLimiter(db.db, 'sign-in', limits.failedSignIns, limits.failedSignInWindowMinutes * 60_000);
  const writes = new RateLimiter(db.db, 'write', limits.writesPerMinute, 60_000);

  return {
    require(role) {
      return async (c, next) => {
        const header = c.req.header('authorization');
        if (!header) {
          throw new HttpProblem(401, 'This needs an editor token: send it as "Authorization: Bearer TOKEN".', undefined, challenge);
        }
        const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
        const editor = match ? await verifyToken(db.db, match[1]!) : null;
        if (!editor) {
          const address = clientAddress(c, opts.trustProxy);
          const blocked = await failures.blockedFor(address);
          if (blocked) throw tooMany(blocked, 'Too many failed sign-ins from this address.');
          await failures.hit(address);
          throw new HttpProblem(
            401,
            match
              ? 'The token is not valid: it is unknown or was revoked. Ask an administrator for a new one.'
              : 'The Authorization header must be "Bearer TOKEN".',
            undefined,
            challenge,
          );
        }
        if (rank[editor.role] < rank[role]) {
          throw new HttpProblem(403, `This needs an ${role} token; "${editor.name}" is an ${editor.role}.`);
        }
        if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
          const wait = await writes.hit(editor.name);
          if (wait) throw tooMany(wait, `Too many changes with token "${editor.name}" (at most ${limits.writesPerMinute} a minute).`);
        }
        c.set('editor', { name: editor.name, role: editor.role });
        await next();
      };
    },
  };
}
