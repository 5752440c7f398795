import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The baseline of the load bench: a bare Node HTTP server that answers every request with the bytes of one file,
 * read once at start, on a port the system picks. `tsx bench/lib/static-server.ts FILE CONTENT_TYPE`
 */
const [file, type] = process.argv.slice(2);
if (!file) throw new Error('usage: static-server FILE [CONTENT_TYPE]');
const body = readFileSync(file);
const headers = { 'Content-Type': type ?? 'application/json; charset=utf-8', 'Content-Length': String(body.length) };
const server = createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`bare server is running at http://127.0.0.1:${(server.address() as AddressInfo).port}/\n`);
});
