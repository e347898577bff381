/**
 * A self-hosted GraphiQL 3 for browsers that open the GraphQL endpoint. Everything the page
 * needs (React 18, the GraphiQL bundle and its CSS, a small boot script) is served from
 * node_modules under `/graphiql-assets/`, so the IDE works on an offline government network
 * and under a Content-Security-Policy that allows no outside origin.
 *
 * Subscriptions: the GraphiQL UMD bundle carries its own graphql-ws client (same
 * `graphql-transport-ws` protocol as the server). Given `subscriptionUrl`, it opens one socket
 * per subscription and sends the header editor's JSON as the `connection_init` payload, which
 * is where the server authenticates (`{"Authorization":"Bearer …"}`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import express, { type Request } from 'express';

/** Where the assets live; versioned paths let browsers cache them for a year. */
export const GRAPHIQL_ASSET_PREFIX = '/graphiql-assets';

const DEFAULT_QUERY = `# civic-registry GraphQL
#
# Anonymous unless you add a token under Headers:
#   {"Authorization": "Bearer <token>"}
# Subscriptions send those headers when their
# WebSocket connects.

{
  regions(level: DISTRICT) {
    nodes {
      code
      name
    }
  }
}
`;

/** Runs in the browser; kept as a file (not inline) so the CSP needs no 'unsafe-inline' scripts. */
const BOOT_SCRIPT = `(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('graphiql-config').textContent);
  var wsUrl = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + config.endpoint;
  var fetcher = GraphiQL.createFetcher({ url: config.endpoint, subscriptionUrl: wsUrl });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: config.defaultQuery,
      defaultEditorToolsVisibility: 'headers',
      isHeadersEditorEnabled: true,
      // Tokens stay out of localStorage.
      shouldPersistHeaders: false,
    }),
  );
})();
`;

/**
 * Forbids every outside origin and every inline script. GraphiQL 3 needs no 'unsafe-eval'
 * (checked in headless Chromium, dialogs and doc explorer included). Styles do need
 * 'unsafe-inline': its dialogs (Radix, react-remove-scroll) inject <style> elements whose
 * content varies, so no hash can list them. Fonts are data: URIs inside graphiql.min.css;
 * `connect-src 'self'` covers the same-origin WebSocket.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

interface Asset {
  /** URL path under the prefix, e.g. `react@18.3.1/react.production.min.js`. */
  route: string;
  type: string;
  load(): Buffer;
}

interface LoadedAsset {
  body: Buffer;
  gzip: Buffer;
}

const require = createRequire(import.meta.url);
const gzip = promisify(gzipCallback);

function packageFile(pkg: string, file: string): { version: string; path: string } {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return { version, path: path.join(path.dirname(manifest), file) };
}

function fileAsset(pkg: string, file: string, type: string): Asset {
  const { version, path: p } = packageFile(pkg, file);
  return { route: `${pkg}@${version}/${path.basename(file)}`, type, load: () => readFileSync(p) };
}

/** The assets in load order: the page's tags are generated from this list. */
function assetList(): Asset[] {
  const boot = Buffer.from(BOOT_SCRIPT);
  const bootHash = createHash('sha256').update(boot).digest('hex').slice(0, 12);
  return [
    fileAsset('graphiql', 'graphiql.min.css', 'text/css; charset=utf-8'),
    fileAsset('react', 'umd/react.production.min.js', 'text/javascript; charset=utf-8'),
    fileAsset('react-dom', 'umd/react-dom.production.min.js', 'text/javascript; charset=utf-8'),
    fileAsset('graphiql', 'graphiql.min.js', 'text/javascript; charset=utf-8'),
    { route: `boot@${bootHash}/boot.js`, type: 'text/javascript; charset=utf-8', load: () => boot },
  ];
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function renderPage(endpoint: string, assets: Asset[]): string {
  const url = (a: Asset) => escapeHtml(`${GRAPHIQL_ASSET_PREFIX}/${a.route}`);
  const styles = assets.filter((a) => a.type.startsWith('text/css')).map((a) => `<link rel="stylesheet" href="${url(a)}">`);
  const scripts = assets.filter((a) => a.type.startsWith('text/javascript')).map((a) => `<script src="${url(a)}"></script>`);
  // JSON in a non-executable script element; `<` escaped so no `</script>` can end it early.
  const config = JSON.stringify({ endpoint, defaultQuery: DEFAULT_QUERY }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>civic-registry GraphiQL</title>
<link rel="icon" href="data:,">
${styles.join('\n')}
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script type="application/json" id="graphiql-config">${config}</script>
${scripts.join('\n')}
</body>
</html>
`;
}

/**
 * True for a browser navigating to the endpoint: a GET (or HEAD) without a `query`
 * parameter whose Accept header prefers HTML over JSON. API clients sending `*∕*` or JSON
 * still reach GraphQL.
 */
export function wantsGraphiQL(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (typeof req.query === 'object' && req.query !== null && 'query' in req.query) return false;
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/**
 * Serves the GraphiQL page at `endpoint` (for browsers only; everything else falls through
 * to the GraphQL handler) and its assets under {@link GRAPHIQL_ASSET_PREFIX}. Mount at the root.
 */
export function graphiqlRouter(opts: { endpoint: string }): express.Router {
  const assets = assetList();
  const byRoute = new Map(assets.map((a) => [a.route, a]));
  const loaded = new Map<string, Promise<LoadedAsset>>();
  const page = renderPage(opts.endpoint, assets);
  const router = express.Router();

  router.get(opts.endpoint, (req, res, next) => {
    if (!wantsGraphiQL(req)) return next();
    res.set({
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-cache',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      Vary: 'Accept',
    });
    res.send(page);
  });

  router.get(`${GRAPHIQL_ASSET_PREFIX}/*asset`, async (req, res, next) => {
    const route = req.path.slice(GRAPHIQL_ASSET_PREFIX.length + 1);
    const asset = byRoute.get(route);
    if (!asset) return next();
    // Read and gzip once, on first use: the GraphiQL bundle is 3.5 MB raw, ~0.7 MB gzipped.
    let pending = loaded.get(route);
    if (!pending) {
      const raw = asset.load();
      pending = gzip(raw).then((zipped) => ({ body: raw, gzip: zipped }));
      loaded.set(route, pending);
    }
    const { body, gzip: zipped } = await pending;
    const useGzip = req.acceptsEncodings('gzip', 'identity') === 'gzip';
    const payload = useGzip ? zipped : body;
    res.set({
      'Content-Type': asset.type,
      'Content-Length': String(payload.length),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
    });
    if (useGzip) res.set('Content-Encoding', 'gzip');
    res.end(payload);
  });

  return router;
}
