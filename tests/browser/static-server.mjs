// The plainest static host, for tests that need dist/ over http: files as they are, by
// path, on loopback. `edit(name, body)` may change a file as it is served (a new build's
// file, say); `close()` stops it and drops open connections, as a network gone away.
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { DIST_DIR } from './harness.mjs';

const TYPES = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png',
  '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json',
};

export async function serveDist({ edit = (name, body) => body } = {}) {
  const server = http.createServer(async (req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.join(DIST_DIR, rel);
    if (!file.startsWith(DIST_DIR)) return res.writeHead(403).end();
    try {
      const body = edit(rel, await readFile(file));
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
