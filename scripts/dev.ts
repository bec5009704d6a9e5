/**
 * `npm run dev`: serves the demo page (demo/index.html) on 127.0.0.1 and starts WXT's dev mode, which opens
 * a browser with the extension loaded at that page. Dev builds add http://127.0.0.1/* to the content
 * script's matches (wxt.config.ts), so the demo page is marked.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.DEMO_PORT ?? 5274);
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(readFileSync(join(root, 'demo/index.html')));
});
server.listen(port, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${port}/`;
  console.log(`demo page: ${url}`);
  const wxt = spawn('npx', ['wxt', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, INLINE_CONTEXT_DEMO_URL: url },
  });
  wxt.on('exit', (code) => {
    server.close();
    process.exit(code ?? 0);
  });
});
