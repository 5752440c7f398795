import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A built web app, enough for the pages: the shell, the embed template, embed.js and one asset, in a fresh folder. */
export function builtWebApp(): string {
  const dist = mkdtempSync(join(tmpdir(), 'chiso-dist-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><html lang="vi"><head><title>Chỉ số</title></head><body><div id="root"></div></body></html>');
  writeFileSync(join(dist, 'embed.html'), '<!doctype html><html lang="vi"><head><!--chiso:head--></head><body><!--chiso:body--></body></html>');
  writeFileSync(join(dist, 'embed.js'), '(()=>{})();');
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
  return dist;
}
