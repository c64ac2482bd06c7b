// A tiny static server over dist/ for `npm start` and the browser tests. Every HTML page is
// served with a strict Content-Security-Policy, so any inline script or style would show up.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The default policy: nothing but the page's own origin. */
export const STRICT_CSP = "default-src 'self'; base-uri 'none'; object-src 'none'; form-action 'none'";

/**
 * Starts a static server.
 * @param {{ root?: string, port?: number, host?: string, prefix?: string, csp?: (path: string, url: URL) => string | null }} options
 *   `csp` returns the policy for an HTML path (null for none); default STRICT_CSP for every page.
 *   `prefix` serves `root` under that folder instead of the site root (e.g. '/quiz/': a practice
 *   hosting the quiz in a subfolder); anything outside it is 404.
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void>, requests: string[] }>}
 */
export async function startServer({ root = 'dist', port = 0, host = '127.0.0.1', prefix = '/', csp = () => STRICT_CSP } = {}) {
  const base = resolve(root);
  const folder = prefix.endsWith('/') ? prefix : `${prefix}/`;
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? host}`);
    requests.push(url.pathname + url.search);
    if (!url.pathname.startsWith(folder)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    let path = normalize(decodeURIComponent(url.pathname.slice(folder.length - 1)));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(base, path);
    if (!file.startsWith(base)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
      if (type.startsWith('text/html')) {
        const policy = csp(path, url);
        if (policy) headers['Content-Security-Policy'] = policy;
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
