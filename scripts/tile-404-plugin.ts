import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Vite's dev and preview servers answer an unknown path with index.html; for a vector tile that
 * is not there (open sea) MapLibre needs the 404 a plain static host sends, else it reports an
 * unparsable tile.
 */
export function missingTile404Plugin(publicDir: string): Plugin {
  const handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const m = /\/(tiles\/\d+\/\d+\/\d+\.pbf)$/.exec(path);
    if (m && !existsSync(join(publicDir, normalize(m[1] as string)))) {
      res.statusCode = 404;
      res.end();
      return;
    }
    next();
  };
  return {
    name: 'sentra-atlas-missing-tile-404',
    configureServer: (server) => void server.middlewares.use(handler),
    configurePreviewServer: (server) => void server.middlewares.use(handler),
  };
}
