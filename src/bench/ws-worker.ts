/**
 * A load-generator process for the fan-out benchmark: opens its share of graphql-ws sockets
 * with the `ws` package and the graphql-transport-ws messages (no client library overhead),
 * each authenticated with its own AUTHORITY token and subscribed once, and timestamps the
 * first event each socket receives after being armed. Driven by src/bench/fanout.ts over IPC.
 */
import 'reflect-metadata';
import WebSocket from 'ws';
import { mintToken } from '../platform/auth/jwt.js';
import { Role } from '../platform/auth/viewer.js';
import { wallNow } from './stats.js';

export const SUBSCRIPTION = `subscription BenchEvents($filter: RegistryEventFilter) {
  registryEvents(filter: $filter) { id cursor type occurredAt subjectId regionCode data }
}`;

export type WorkerCommand =
  | { cmd: 'open'; url: string; secret: string; from: number; count: number; regionCode: string; matchType: string; otherType: string; concurrency: number }
  | { cmd: 'arm' }
  | { cmd: 'count' }
  | { cmd: 'collect' }
  | { cmd: 'close' };

/** Every tenth subscriber filters for another event type: it must receive nothing. */
export const isMatching = (k: number) => k % 10 !== 9;

interface Sub {
  k: number;
  matching: boolean;
  ws?: WebSocket;
  received: number;
  at: number;
  closed?: number;
}

const subs: Sub[] = [];
let errors = 0;
let firstError: string | undefined;

function openOne(cmd: Extract<WorkerCommand, { cmd: 'open' }>, sub: Sub, token: string): Promise<boolean> {
  return new Promise((resolve) => {
    const ws = new WebSocket(cmd.url, 'graphql-transport-ws', { perMessageDeflate: false, handshakeTimeout: 60_000 });
    sub.ws = ws;
    let settled = false;
    const settle = (ok: boolean, why?: string) => {
      if (settled) return;
      settled = true;
      if (!ok) {
        errors++;
        firstError ??= why;
      }
      resolve(ok);
    };
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${token}` } })));
    ws.on('message', (data) => {
      const now = wallNow();
      const msg = JSON.parse(data.toString()) as { type: string; payload?: unknown };
      if (msg.type === 'next') {
        if (sub.received++ === 0) sub.at = now;
      } else if (msg.type === 'connection_ack') {
        ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: SUBSCRIPTION, variables: { filter: { types: [sub.matching ? cmd.matchType : cmd.otherType] } } } }));
        settle(true);
      } else if (msg.type === 'ping') {
        ws.send(JSON.stringify({ type: 'pong' }));
      } else if (msg.type === 'error') {
        errors++;
        firstError ??= JSON.stringify(msg.payload);
      }
    });
    ws.on('error', (e) => settle(false, e.message));
    ws.on('close', (code) => {
      sub.closed = code;
      settle(false, `closed ${code}`);
    });
  });
}

async function open(cmd: Extract<WorkerCommand, { cmd: 'open' }>): Promise<void> {
  const tokens = await Promise.all(
    Array.from({ length: cmd.count }, (_, i) =>
      mintToken(cmd.secret, { role: Role.AUTHORITY, sub: `bench-authority-${cmd.from + i}`, regionCode: cmd.regionCode }, '2h'),
    ),
  );
  for (let i = 0; i < cmd.count; i++) subs.push({ k: cmd.from + i, matching: isMatching(cmd.from + i), received: 0, at: 0 });
  let next = 0;
  let ok = 0;
  await Promise.all(
    Array.from({ length: cmd.concurrency }, async () => {
      for (let i = next++; i < subs.length; i = next++) if (await openOne(cmd, subs[i]!, tokens[i]!)) ok++;
    }),
  );
  process.send!({ type: 'opened', ok, failed: subs.length - ok, firstError });
}

process.on('message', (cmd: WorkerCommand) => {
  switch (cmd.cmd) {
    case 'open':
      void open(cmd);
      break;
    case 'arm':
      for (const s of subs) {
        s.received = 0;
        s.at = 0;
      }
      process.send!({ type: 'armed' });
      break;
    case 'count': {
      let received = 0;
      let leaked = 0;
      for (const s of subs) {
        if (s.received && s.matching) received++;
        if (s.received && !s.matching) leaked++;
      }
      process.send!({ type: 'count', received, leaked, closed: subs.filter((s) => s.closed !== undefined).length, errors });
      break;
    }
    case 'collect': {
      const times = subs.filter((s) => s.matching && s.received).map((s) => s.at);
      const duplicates = subs.filter((s) => s.received > 1).length;
      const leaked = subs.filter((s) => !s.matching && s.received).length;
      const missing = subs.filter((s) => s.matching && !s.received).length;
      process.send!({ type: 'collected', times, duplicates, leaked, missing });
      break;
    }
    case 'close':
      for (const s of subs) s.ws?.terminate();
      setTimeout(() => process.exit(0), 100);
      break;
  }
});
process.on('disconnect', () => process.exit(0));
