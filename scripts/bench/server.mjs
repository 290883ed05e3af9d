// The release build served for a benchmark by scripts/serve.sh (nginx and the comment receiver), shared by
// startup.mjs, mobile.mjs and bare-cdp.mjs: start it, wait until it answers or is gone, stop it.
import { spawn } from 'node:child_process';

const root = new URL('../..', import.meta.url).pathname;

export class BenchServer {
  /** `prefix`: nginx's working directory, relative to the repository. */
  constructor(port, dist, prefix) {
    this.port = String(port);
    this.dist = dist;
    this.prefix = prefix;
    this.base = `http://127.0.0.1:${port}`;
  }

  async answers() {
    try { await fetch(this.base + '/'); return true; } catch { return false; }
  }

  async waitUp(up) {
    for (let i = 0; i < 150; i++) {
      if ((await this.answers()) === up) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`server did not become ${up ? 'ready' : 'unreachable'}`);
  }

  /** Starts the server; only this run's may answer, since a leftover one would serve another build. */
  async start() {
    if (await this.answers()) throw new Error(`port ${this.port} is already in use; stop what runs there, or set BENCH_PORT`);
    this.proc = spawn('scripts/serve.sh', [this.dist], {
      cwd: root, detached: true, stdio: 'ignore',
      env: { ...process.env, PORT: this.port, NGINX_PREFIX: this.prefix },
    });
    await this.waitUp(true);
  }

  async stop() {
    try { process.kill(-this.proc.pid, 'SIGTERM'); } catch { /* gone */ }
    await this.waitUp(false);
  }
}
