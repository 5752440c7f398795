import { parseArgs } from 'node:util';
import { TokenRole } from '@chiso/shared';
import { createToken, listTokens, revokeToken, TokenError } from '../services/tokens';
import { openDb, parseFlags, runCli, UsageError } from './open-db';
import { table } from './table';

const usage = `Usage:
  npm run --silent token -- create NAME [--role editor|admin]   prints the new token once, alone on its last line
  npm run token -- list                                           names, roles, last use; never the tokens
  npm run token -- revoke NAME                                    the token stops working at once

The database is DATABASE_URL (default sqlite:.data/chiso.sqlite at the repository root).`;

async function main(): Promise<number> {
  const { values, positionals } = parseFlags(() =>
    parseArgs({
      args: process.argv.slice(2),
      options: { role: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    }),
  );
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  const [command, name, ...rest] = positionals;
  if (rest.length) throw new UsageError(`unexpected arguments: ${rest.join(' ')}`);
  if (command !== 'create' && command !== 'list' && command !== 'revoke') throw new UsageError(`unknown command "${command ?? ''}"`);
  if (command !== 'list' && !name) throw new UsageError(`${command} needs a NAME`);
  if (command !== 'create' && values.role) throw new UsageError('--role goes with create');
  const role = TokenRole.safeParse(values.role ?? 'editor');
  if (!role.success) throw new UsageError(`--role is editor or admin, not "${values.role}"`);

  const { db } = await openDb();
  try {
    if (command === 'create') {
      try {
        const { token, info } = await createToken(db.db, name!, role.data);
        process.stderr.write(`Created ${info.role} token "${info.name}" in ${db.describe}. It is shown only now; keep it somewhere safe:\n`);
        process.stdout.write(token + '\n');
        return 0;
      } catch (e) {
        if (e instanceof TokenError) {
          process.stderr.write(`error: ${e.message}\n`);
          return 1;
        }
        throw e;
      }
    }
    if (command === 'list') {
      const tokens = await listTokens(db.db);
      process.stderr.write(`Tokens of ${db.describe}:\n`);
      if (tokens.length === 0) {
        process.stdout.write('No tokens yet. Create one: npm run --silent token -- create NAME\n');
        return 0;
      }
      const day = (s: string | null) => (s ? s.slice(0, 16).replace('T', ' ') : '-');
      process.stdout.write(
        table(
          ['name', 'role', 'created', 'last used', 'revoked'],
          tokens.map((t) => [t.name, t.role, day(t.created_at), day(t.last_used_at), day(t.revoked_at)]),
        ),
      );
      return 0;
    }
    const revoked = await revokeToken(db.db, name!);
    if (!revoked) {
      process.stderr.write(`error: there is no token named "${name}" (npm run token -- list)\n`);
      return 1;
    }
    process.stdout.write(`Revoked token "${revoked.name}" (${revoked.role}) in ${db.describe} at ${revoked.revoked_at}.\n`);
    return 0;
  } finally {
    await db.close();
  }
}

runCli(usage, main);
