import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { TokenName, type TokenInfo, type TokenRole } from '@chiso/shared';
import type { Kysely, Selectable } from 'kysely';
import type { ApiTokensTable, Database } from '../db/schema';
import { nowIso } from '../util/time';

export type TokenRow = Selectable<ApiTokensTable>;

/** The prefix makes a leaked token recognisable to secret scanners and to a person reading a log. */
const PREFIX = 'chiso_';

/**
 * Tokens carry 256 random bits, so a plain SHA-256 is enough to store them: there is nothing to brute-force,
 * and looking a token up by its hash needs no per-row salt.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export class TokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenError';
  }
}

export function toTokenInfo(r: TokenRow): TokenInfo {
  return { name: r.name, role: r.role, created_at: r.created_at, revoked_at: r.revoked_at, last_used_at: r.last_used_at };
}

/** Makes a token and stores its hash; the raw token is returned once and never stored. */
export async function createToken(
  db: Kysely<Database>,
  name: string,
  role: TokenRole,
): Promise<{ token: string; info: TokenInfo }> {
  const parsed = TokenName.safeParse(name);
  if (!parsed.success) throw new TokenError(`bad name "${name}": ${parsed.error.issues[0]!.message}`);
  const existing = await db.selectFrom('api_tokens').select(['revoked_at']).where('name', '=', parsed.data).executeTakeFirst();
  if (existing) {
    throw new TokenError(
      existing.revoked_at
        ? `a revoked token named "${parsed.data}" exists; names stay unique so revisions keep pointing at one person: choose another name`
        : `a token named "${parsed.data}" exists; revoke it first or choose another name`,
    );
  }
  const token = PREFIX + randomBytes(32).toString('base64url');
  const row = await db
    .insertInto('api_tokens')
    .values({ name: parsed.data, role, hash: hashToken(token), created_at: nowIso(), revoked_at: null, last_used_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { token, info: toTokenInfo(row) };
}

export async function listTokens(db: Kysely<Database>): Promise<TokenInfo[]> {
  const rows = await db.selectFrom('api_tokens').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map(toTokenInfo);
}

/** Revokes a token by name (kept, so revisions still name who made them). Null when there is no such token. */
export async function revokeToken(db: Kysely<Database>, name: string): Promise<TokenInfo | null> {
  const row = await db.selectFrom('api_tokens').selectAll().where('name', '=', name).executeTakeFirst();
  if (!row) return null;
  if (row.revoked_at) return toTokenInfo(row);
  const after = await db
    .updateTable('api_tokens')
    .set({ revoked_at: nowIso() })
    .where('id', '=', row.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toTokenInfo(after);
}

const LAST_USED_GRANULARITY_MS = 60_000;

/** The live token a raw bearer value stands for, or null (unknown, malformed or revoked). */
export async function verifyToken(db: Kysely<Database>, raw: string): Promise<TokenRow | null> {
  if (!raw.startsWith(PREFIX) || raw.length > 200) return null;
  const hash = hashToken(raw);
  const row = await db.selectFrom('api_tokens').selectAll().where('hash', '=', hash).executeTakeFirst();
  if (!row || row.revoked_at) return null;
  // The index lookup already matched; the constant-time check keeps the comparison itself free of early exits.
  if (!timingSafeEqual(Buffer.from(row.hash, 'hex'), Buffer.from(hash, 'hex'))) return null;
  const now = Date.now();
  if (!row.last_used_at || now - Date.parse(row.last_used_at) > LAST_USED_GRANULARITY_MS) {
    await db.updateTable('api_tokens').set({ last_used_at: new Date(now).toISOString() }).where('id', '=', row.id).execute();
  }
  return row;
}
