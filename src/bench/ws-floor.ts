/**
 * The floor of a fan-out on this machine: a bare `ws` server (no GraphQL, no auth) that
 * answers the graphql-transport-ws handshake and, when told, sends one pre-serialised `next`
 * message to every matching socket, 256 per turn of the event loop. What the registry's fan-out costs
 * above this is its own; what this costs is the machine's (a send system call per socket).
 *
 * Run as a child process by src/bench/fanout.ts; it reports its port over IPC.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

const sockets = new Set<WebSocket>();
const server = http.createServer((_req, res) => res.end());
const wss = new WebSocketServer({ server, path: '/graphql' });
wss.on('connection', (ws) => {
  ws.on('message', (data) => {
    const msg = JSON.parse(data.toString()) as { type: string; payload?: { variables?: { filter?: { types?: string[] } } } };
    if (msg.type === 'connection_init') ws.send('{"type":"connection_ack"}');
    // like the registry, send only to the subscribers whose filter the event matches
    else if (msg.type === 'subscribe' && msg.payload?.variables?.filter?.types?.includes('ApiKeyCreated')) sockets.add(ws);
  });
  ws.on('close', () => sockets.delete(ws));
});

/** A payload of the registry's size for an ApiKeyCreated event. */
const PAYLOAD = JSON.stringify({
  id: '1',
  type: 'next',
  payload: {
    data: {
      registryEvents: {
        id: '019ab6f1-3c2e-7d4a-9b1e-5f2c8a7d6e41', cursor: 'ZXZ0OjEyMw', type: 'ApiKeyCreated', occurredAt: '2026-11-23T21:00:00.000Z',
        subjectId: 'QXBpS2V5OjAxOWFiNmYxLTNjMmUtN2Q0YS05YjFlLTVmMmM4YTdkNmU0MQ', regionCode: '310114', data: { name: '压测密钥 1', eventTypes: [] },
      },
    },
  },
});

process.on('message', async (m: { cmd: string }) => {
  if (m.cmd === 'count') process.send!({ type: 'count', subscribed: sockets.size });
  if (m.cmd === 'fire') {
    const t0 = performance.now();
    let i = 0;
    for (const ws of [...sockets]) {
      ws.send(PAYLOAD);
      if (++i % 256 === 0) await new Promise((r) => setImmediate(r));
    }
    process.send!({ type: 'fired', ms: performance.now() - t0, sockets: i });
  }
});
process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => process.send!({ type: 'ready', port: (server.address() as AddressInfo).port }));
