import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

/**
 * The machine's ceiling for the load bench: a bare Node HTTP server that answers every request with the bytes of
 * one file, read once at start. `tsx bench/lib/static-server.ts FILE PORT CONTENT_TYPE`
 */
const [file, port, type] = process.argv.slice(2);
if (!file || !port) throw new Error('usage: static-server FILE PORT [CONTENT_TYPE]');
const body = readFileSync(file);
const headers = { 'Content-Type': type ?? 'application/json; charset=utf-8', 'Content-Length': String(body.length) };
createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
}).listen(Number(port), '127.0.0.1');
