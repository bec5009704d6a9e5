/**
 * A recording HTTP proxy on 127.0.0.1: Firefox, pointed at it by its proxy prefs, sends it every request it makes
 * — pages, extension pages and the extension's background alike, which no page-level network event shows over
 * WebDriver BiDi. Plain-HTTP requests to 127.0.0.1 (the fixture server) are passed on; anything else is recorded
 * and refused, since this machine has no network and a test must never reach one.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  /** The absolute URL, or `CONNECT host:port` for a tunnel (HTTPS). */
  url: string;
  method: string;
}

export interface RequestRecorder {
  port: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startRequestRecorder(): Promise<RequestRecorder> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    requests.push({ url, method: req.method ?? 'GET' });
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (target.protocol !== 'http:' || target.hostname !== '127.0.0.1') {
      res.writeHead(502).end();
      return;
    }
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: target.port,
        path: target.pathname + target.search,
        method: req.method,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket) => {
    requests.push({ url: `CONNECT ${req.url ?? ''}`, method: 'CONNECT' });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
