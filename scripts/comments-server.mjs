// A minimal comments inbox for local runs and tests: accepts POST /api/pripominky with JSON, stores each
// comment once per Idempotency-Key (so a retried send is not a second comment) in INBOX_DIR/inbox.jsonl.
// It answers exactly as the real receiver does; the app counts a comment delivered only on the receipt:
//   201 {"status":"accepted","id":KEY,"received_at":…}  a new comment
//   200 {"status":"duplicate","id":KEY}                  a key already received
//   422 application/problem+json                          invalid fields (final: the app never retries)
//   410 application/problem+json                          a closed campaign (CLOSED_CAMPAIGNS=a,b)
//   413 application/problem+json                          a body over 32 KB
//   400 / 415                                             not JSON / not sent as JSON
// (src/domain/outbox.rs holds the app's side of these rules.)
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

const MAX_BODY = 32 * 1024;
const closed = new Set((process.env.CLOSED_CAMPAIGNS || '').split(',').filter(Boolean));

function reply(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

// RFC 9457 problem details, as the real receiver answers errors.
function problem(res, status, title, extra = {}) {
  res.writeHead(status, { 'content-type': 'application/problem+json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ type: 'about:blank', title, status, ...extra }));
}

createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/api/health') return reply(res, 200, { ok: true });
  if (req.method === 'GET' && req.url === '/api/_inbox' && process.env.INBOX_PUBLIC === '1') {
    return reply(res, 200, [...seen.values()]);
  }
  if (req.method !== 'POST' || req.url !== '/api/pripominky') return problem(res, 404, 'not found');
  if (!/^application\/json\b/i.test(req.headers['content-type'] || '')) return problem(res, 415, 'send application/json');
  let body = '';
  let size = 0;
  let tooLarge = false;
  req.setEncoding('utf8');
  req.on('data', (chunk) => {
    size += Buffer.byteLength(chunk);
    if (size > MAX_BODY) tooLarge = true;
    else body += chunk;
  });
  req.on('end', () => {
    if (tooLarge) return problem(res, 413, `the body is over ${MAX_BODY} bytes`);
    let c;
    try { c = JSON.parse(body); } catch { return problem(res, 400, 'the body is not JSON'); }
    if (c === null || typeof c !== 'object' || Array.isArray(c)) return problem(res, 400, 'the body is not a JSON object');
    const key = req.headers['idempotency-key'] || c.idempotency_key;
    c.idempotency_key = key;
    const errors = check(c);
    if (errors.length) return problem(res, 422, 'invalid fields', { fields: errors });
    if (seen.has(key)) return reply(res, 200, { status: 'duplicate', id: key });
    if (closed.has(c.campaign)) return problem(res, 410, 'the campaign is closed');
    c.received_at = new Date().toISOString();
    appendFileSync(file, JSON.stringify(c) + '\n');
    seen.set(key, c);
    return reply(res, 201, { status: 'accepted', id: key, received_at: c.received_at });
  });
}).listen(port, '127.0.0.1');
