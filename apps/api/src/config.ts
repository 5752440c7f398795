import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { z } from 'zod';
import { originOfPublicUrl } from './http/origin';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

/** The embedded database when `DATABASE_URL` is not set: the one default for the server and every CLI. */
export const defaultDatabaseUrl = `sqlite:${resolve(repoRoot, '.data/chiso.sqlite')}`;
export const DEFAULT_MAX_UPLOAD_MB = 20;

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).default(defaultDatabaseUrl),
  DATA_DIR: z.string().default(resolve(repoRoot, 'data')),
  WEB_DIST: z.string().default(resolve(repoRoot, 'apps/web/dist')),
  MAX_UPLOAD_MB: z.coerce.number().positive().default(DEFAULT_MAX_UPLOAD_MB),
  /** Limits of the worker that reads one uploaded document: past them the upload is refused (422). */
  EXTRACT_TIMEOUT_S: z.coerce.number().positive().default(60),
  EXTRACT_MEMORY_MB: z.coerce.number().int().min(64).default(512),
  /** Documents read at once, each in its own worker: one slow document leaves the others their workers. */
  EXTRACT_WORKERS: z.coerce.number().int().min(1).max(16).default(3),
  /** OCR of scanned pages and images: pages per document, pixels per page, time per document (added to EXTRACT_TIMEOUT_S). */
  OCR_MAX_PAGES: z.coerce.number().int().min(1).max(2000).default(50),
  OCR_MAX_PIXELS: z.coerce.number().int().min(1_000_000).default(40_000_000),
  OCR_TIMEOUT_S: z.coerce.number().positive().default(180),
  /** Rows read per worksheet of an uploaded workbook. */
  SHEET_MAX_ROWS: z.coerce.number().int().min(10).default(20_000),
  /** API processes sharing the port (node:cluster); 1 serves from this process. */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  /**
   * Behind a reverse proxy: the client address from X-Forwarded-For (for the sign-in rate limit), and, without
   * PUBLIC_URL, the public origin from X-Forwarded-Host and X-Forwarded-Proto.
   */
  TRUST_PROXY: z.enum(['0', '1', 'false', 'true']).default('0').transform((v) => v === '1' || v === 'true'),
  /** The site's public address (https://chiso.example): every link the server writes into a page or an embed uses it. */
  PUBLIC_URL: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || isOrigin(v), 'an origin such as https://chiso.example, without a path'),
  /** Memory for read answers, every compressed variant counted; 0 turns the read cache off. */
  READ_CACHE_MB: z.coerce.number().min(0).default(64),
  LOG: z.enum(['json', 'silent']).default('json'),
});
export type Config = z.infer<typeof Env>;

function isOrigin(v: string): boolean {
  try {
    originOfPublicUrl(v);
    return true;
  } catch {
    return false;
  }
}

/** Settings from the environment, checked once at start-up with a message that names the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Bad environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

export { repoRoot };
