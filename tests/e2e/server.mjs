// Starts and stops a private copy of the production server (scripts/serve.sh: nginx + comment receiver) for
// tests that must go offline the honest way: by stopping the server (setOffline does not stop the service
// worker's own requests, microsoft/playwright#2311).
import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const receiver = process.env.PRIPOMINKY || join(process.env.CARGO_TARGET_DIR || join(root, 'target'), 'debug/pripominky');

/** The comments stored in a receiver's database, as `pripominky export --format json` gives them. */
export function exportComments(db) {
  if (!existsSync(db)) return [];
  return JSON.parse(execFileSync(receiver, ['export', '--db', db, '--format', 'json'], { encoding: 'utf8' }));
}

/** Waits (up to 5 s) until `port` can be listened on, by listening there and closing at once. */
async function bindable(port) {
  for (let i = 0; ; i++) {
    const probe = createServer();
    const error = await new Promise((resolve) => {
      probe.once('error', resolve);
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(null)));
    });
    if (!error) return;
    if (error.code !== 'EADDRINUSE' || i >= 50) throw new Error(`port ${port} is still taken: ${error.message}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export class Server {
  constructor(port, dist = join(root, 'dist')) {
    // E2E_PORT_OFFSET lets two checkouts run their suites side by side without sharing private servers.
    port += Number(process.env.E2E_PORT_OFFSET || 0);
    this.port = port;
    this.dist = dist;
    this.prefix = mkdtempSync(join(tmpdir(), `pruvodce-nginx-${port}-`));
    chmodSync(this.prefix, 0o755);
    this.url = `http://127.0.0.1:${port}`;
  }

  /** A writable copy of dist/ for tests that publish new data or a new build. */
  static withCopy(port) {
    const copy = mkdtempSync(join(tmpdir(), 'pruvodce-dist-'));
    cpSync(join(root, 'dist'), copy, { recursive: true });
    // nginx workers run unprivileged: the private temp dir must be readable to them.
    chmodSync(copy, 0o755);
    return new Server(port, copy);
  }

  async start() {
    this.proc = spawn(join(root, 'scripts/serve.sh'), [this.dist], {
      cwd: root, detached: true, stdio: 'ignore',
      env: { ...process.env, PORT: String(this.port), API_PORT: String(this.port + 1), NGINX_PREFIX: this.prefix, PRIPOMINKY_RATE: '0' },
    });
    await this.wait(true);
  }

  async stop() {
    if (!this.proc) return;
    try { process.kill(-this.proc.pid, 'SIGTERM'); } catch { /* already gone */ }
    // nginx may outlive its shell; its pid file names the master.
    const pidFile = join(this.prefix, 'nginx.pid');
    if (existsSync(pidFile)) {
      try { process.kill(Number(readFileSync(pidFile, 'utf8').trim()), 'SIGTERM'); } catch { /* already gone */ }
    }
    this.proc = undefined;
    await this.wait(false);
    // Refusing connections is not yet free: an exiting nginx worker may hold the listening socket a moment
    // longer, and a test that listens there next (outbox.spec's impostor) once failed with EADDRINUSE.
    for (const port of [this.port, this.port + 1]) await bindable(port);
  }

  async wait(up) {
    // Down means both ports are free: serve.sh refuses to start while either is taken.
    const listening = (url) => fetch(url).then(() => true, () => false);
    for (let i = 0; i < 150; i++) {
      // Any HTTP answer means a server is listening (a 403 from a bad root must not look like "down").
      let answered = false;
      let ok = false;
      try { const r = await fetch(this.url + '/'); answered = true; ok = r.ok; } catch { answered = false; }
      if (!up && !answered) answered = await listening(`http://127.0.0.1:${this.port + 1}/`);
      if (up ? ok : !answered) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`server on ${this.port} did not become ${up ? 'ready' : 'unreachable'}`);
  }

  /** Comments the receiver stored (one object each, with the app's field names: text, campaign, …). */
  inbox() {
    return exportComments(join(this.prefix, 'pripominky.sqlite'));
  }
}
