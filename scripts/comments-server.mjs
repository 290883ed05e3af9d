// A minimal comments inbox for local runs and tests: accepts POST /api/pripominky with JSON, stores each
// comment once per Idempotency-Key (so a retried send is not a second comment) in INBOX_DIR/inbox.jsonl.
// A municipality runs its own endpoint in production; this one documents the contract the app expects.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const port = Number(process.env.API_PORT || 8081);
const dir = process.env.INBOX_DIR || 'target/inbox';
mkdirSync(dir, { recursive: true });
const file = join(dir, 'inbox.jsonl');
const seen = new Map();
if (existsSync(file)) {
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const c = JSON.parse(line);
    seen.set(c.idempotency_key, c);
  }
}

const MAX_TEXT = 5000;
function check(c) {
  const errors = [];
  if (typeof c.idempotency_key !== 'string' || !/^[A-Za-z0-9-]{8,64}$/.test(c.idempotency_key)) errors.push('idempotency_key');
  if (typeof c.campaign !== 'string' || !c.campaign) errors.push('campaign');
  if (typeof c.text !== 'string' || !c.text.trim() || c.text.length > MAX_TEXT) errors.push('text');
  return errors;
}

function reply(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/api/health') return reply(res, 200, { ok: true });
  if (req.method === 'GET' && req.url === '/api/_inbox' && process.env.INBOX_PUBLIC === '1') {
    return reply(res, 200, [...seen.values()]);
  }
  if (req.method !== 'POST' || req.url !== '/api/pripominky') return reply(res, 404, { error: 'not found' });
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => { body += chunk; if (body.length > 65536) req.destroy(); });
  req.on('end', () => {
    let c;
    try { c = JSON.parse(body); } catch { return reply(res, 400, { error: 'body is not JSON' }); }
    const key = req.headers['idempotency-key'] || c.idempotency_key;
    c.idempotency_key = key;
    const errors = check(c);
    if (errors.length) return reply(res, 422, { error: 'invalid fields', fields: errors });
    if (seen.has(key)) return reply(res, 200, { status: 'duplicate', id: key });
    c.received_at = new Date().toISOString();
    appendFileSync(file, JSON.stringify(c) + '\n');
    seen.set(key, c);
    return reply(res, 201, { status: 'accepted', id: key });
  });
}).listen(port, '127.0.0.1');
