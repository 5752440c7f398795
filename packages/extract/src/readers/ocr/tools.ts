import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ReadError } from '../types';

/** The system programs the page readers use, and the Debian package that installs each. */
export const TOOLS = {
  tesseract: { command: 'tesseract', debian: 'tesseract-ocr and tesseract-ocr-vie', does: 'read scanned pages (OCR)' },
  pdftoppm: { command: 'pdftoppm', debian: 'poppler-utils', does: 'turn scanned PDF pages into images' },
} as const;

export type ToolName = keyof typeof TOOLS;

/** Where to find each tool: a path, or null to act as if it were not installed (for tests of the refusal). */
export type ToolPaths = Partial<Record<ToolName, string | null>>;

const found = new Map<string, string | null>();

function onPath(command: string): string | null {
  if (found.has(command)) return found.get(command) ?? null;
  let at: string | null = null;
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (dir === '') continue;
    try {
      accessSync(join(dir, command), constants.X_OK);
      at = join(dir, command);
      break;
    } catch {
      // not in this folder
    }
  }
  found.set(command, at);
  return at;
}

/** The path of a tool, or a refusal that names the Debian package to install. */
export function requireTool(name: ToolName, paths: ToolPaths = {}): string {
  const tool = TOOLS[name];
  const given = paths[name];
  const path = given === undefined ? onPath(tool.command) : given;
  if (path === null) {
    throw new ReadError('unsupported', `the server cannot ${tool.does}: ${tool.command} is not installed (Debian: apt-get install ${tool.debian.replace(' and ', ' ')})`);
  }
  return path;
}

export interface RunOptions {
  input?: Uint8Array;
  /** The child is killed past this; the call then fails with a `limit` refusal. */
  timeoutMs: number;
  /** The whole document's OCR time, named in that refusal (the child's own deadline is what is left of it). */
  allowedMs?: number;
  /** Output past this many bytes kills the child (a runaway rendering). */
  maxOutputBytes?: number;
  env?: Record<string, string>;
}

/**
 * Runs a program with its input on stdin and returns its stdout. It runs outside the event loop and the worker's
 * heap; a deadline or an output limit kills it (SIGKILL), and a failure comes back as a `ReadError`.
 */
export function runTool(path: string, args: readonly string[], options: RunOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(path, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    const out: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let failure: ReadError | null = null;
    const stop = (error: ReadError): void => {
      failure ??= error;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop(new ReadError('limit', `reading the scanned pages took longer than the ${Math.round((options.allowedMs ?? options.timeoutMs) / 1000)} s allowed (OCR_TIMEOUT_S)`)), options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (options.maxOutputBytes !== undefined && size > options.maxOutputBytes) stop(new ReadError('limit', 'a page image is larger than the pixel limit allows (OCR_MAX_PIXELS)'));
      else out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 2000) stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new ReadError('unsupported', `the server cannot read scanned pages: ${path.split('/').pop()} could not be started`, error.message));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (failure) reject(failure);
      else if (code !== 0) reject(new ReadError('corrupt', 'a scanned page could not be read: its image is damaged', `${path.split('/').pop()}: ${stderr.trim().split('\n').slice(-2).join(' ') || `exit code ${code}`}`));
      else resolve(Buffer.concat(out));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ? Buffer.from(options.input.buffer, options.input.byteOffset, options.input.byteLength) : undefined);
  });
}

const languages = new Map<string, Promise<Set<string>>>();

/** The data files the installed Tesseract has (languages, and `osd` for orientation detection). */
export function installedLanguages(tesseract: string): Promise<Set<string>> {
  let known = languages.get(tesseract);
  if (!known) {
    known = runTool(tesseract, ['--list-langs'], { timeoutMs: 10_000 }).then(
      (out) => new Set(out.toString('utf8').split('\n').slice(1).map((line) => line.trim()).filter(Boolean)),
      () => new Set<string>(),
    );
    languages.set(tesseract, known);
  }
  return known;
}

/** A missing language (`vie`) is a refusal naming its Debian package. */
export async function requireLanguage(tesseract: string, language: string): Promise<void> {
  const have = await installedLanguages(tesseract);
  for (const lang of language.split('+')) {
    if (!have.has(lang)) {
      throw new ReadError('unsupported', `the server cannot read scanned pages in this language: Tesseract has no "${lang}" data (Debian: apt-get install tesseract-ocr-${lang})`);
    }
  }
}
