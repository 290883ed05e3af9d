// Starts and stops a private copy of the production server (scripts/serve.sh: nginx + comments inbox) for
// tests that must go offline the honest way: by stopping the server (setOffline does not stop the service
// worker's own requests, microsoft/playwright#2311).
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

export class Server {
  constructor(port, dist = join(root, 'dist')) {
    this.port = port;
    this.dist = dist;
    this.prefix = mkdtempSync(join(tmpdir(), `pruvodce-nginx-${port}-`));
    this.url = `http://127.0.0.1:${port}`;
  }

  /** A writable copy of dist/ for tests that publish new data or a new build. */
  static withCopy(port) {
    const copy = mkdtempSync(join(tmpdir(), 'pruvodce-dist-'));
    cpSync(join(root, 'dist'), copy, { recursive: true });
    return new Server(port, copy);
  }

  async start() {
    this.proc = spawn(join(root, 'scripts/serve.sh'), [this.dist], {
      cwd: root, detached: true, stdio: 'ignore',
      env: { ...process.env, PORT: String(this.port), API_PORT: String(this.port + 1), NGINX_PREFIX: this.prefix },
    });
    await this.wait(true);
  }

  async stop() {
    if (!this.proc) return;
    try { process.kill(-this.proc.pid, 'SIGTERM'); } catch { /* already gone */ }
    this.proc = undefined;
    await this.wait(false);
  }

  async wait(up) {
    for (let i = 0; i < 150; i++) {
      let ok = false;
      try { ok = (await fetch(this.url + '/')).ok; } catch { ok = false; }
      if (ok === up) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`server on ${this.port} did not become ${up ? 'ready' : 'unreachable'}`);
  }

  /** Comments the inbox accepted (one line each). */
  inbox() {
    const f = join(this.prefix, 'inbox', 'inbox.jsonl');
    return existsSync(f) ? readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
  }
}
