'use strict';
// An S3-compatible server for the media storage tests: s3rver keeps the buckets, and this front checks every
// request's AWS Signature V4 (and that the signed payload hash is the body's) before passing it on, since
// s3rver 3.7.1 only checks that the access key exists. Usage: node peer.js BUCKET [DIRECTORY]
// Prints "s3-peer listening on http://127.0.0.1:PORT" once both servers are up. Credentials: S3RVER / S3RVER.

const crypto = require('crypto');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const S3rver = require('s3rver');

const ACCOUNTS = new Map([['S3RVER', 'S3RVER']]);
const MAX_BODY = 64 * 1024 * 1024;
const MAX_SKEW_MS = 15 * 60 * 1000;

const bucket = process.argv[2] || 'fellowship-media';
const directory = process.argv[3] || fs.mkdtempSync(path.join(os.tmpdir(), 's3-peer-'));

function sha256(data) {
  return crypto.createHash('sha256').update(data).digest('hex');
}

function hmac(key, data) {
  return crypto.createHmac('sha256', key).update(data).digest();
}

function encode(text) {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

function canonicalQuery(rawQuery) {
  if (!rawQuery) return '';
  return rawQuery.split('&').filter((p) => p.length > 0).map((pair) => {
    const eq = pair.indexOf('=');
    const name = decodeURIComponent(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' '));
    return [encode(name), encode(value)];
  }).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1))
    .map(([n, v]) => n + '=' + v).join('&');
}

// Returns null when the request is signed right, else the reason.
function verify(req, body) {
  const auth = req.headers.authorization || '';
  const m = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(auth);
  if (!m) return 'no AWS4-HMAC-SHA256 authorization';
  const [, accessKey, day, region, signedHeaders, signature] = m;
  const secret = ACCOUNTS.get(accessKey);
  if (secret === undefined) return 'unknown access key';
  const amzDate = req.headers['x-amz-date'] || '';
  if (!/^\d{8}T\d{6}Z$/.test(amzDate) || amzDate.slice(0, 8) !== day) return 'bad x-amz-date';
  const when = Date.parse(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
  if (Math.abs(Date.now() - when) > MAX_SKEW_MS) return 'request time too skewed';
  const payloadHash = req.headers['x-amz-content-sha256'] || '';
  if (payloadHash !== 'UNSIGNED-PAYLOAD' && payloadHash !== sha256(body)) return 'payload hash is not the body\'s';
  const names = signedHeaders.split(';');
  if (!names.includes('host') || !names.includes('x-amz-date') || !names.includes('x-amz-content-sha256')) {
    return 'host, x-amz-date and x-amz-content-sha256 must be signed';
  }
  const headers = names.map((n) => n + ':' + String(req.headers[n] === undefined ? '' : req.headers[n]).trim().replace(/\s+/g, ' ') + '\n').join('');
  const q = req.url.indexOf('?');
  const rawPath = q < 0 ? req.url : req.url.slice(0, q);
  const canonical = [req.method, rawPath, canonicalQuery(q < 0 ? '' : req.url.slice(q + 1)), headers, signedHeaders, payloadHash].join('\n');
  const scope = `${day}/${region}/s3/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac('AWS4' + secret, day), region), 's3'), 'aws4_request');
  const expected = hmac(key, toSign).toString('hex');
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature)) ? null : 'signature does not match';
}

function refuse(req, res, status, code, message) {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  res.writeHead(status, { 'Content-Type': 'application/xml' });
  res.end(req.method === 'HEAD' ? undefined : xml);
}

async function main() {
  const s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const inner = await s3.run();
  const front = http.createServer((req, res) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        refuse(req, res, 400, 'EntityTooLarge', 'too large');
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const problem = verify(req, body);
      if (problem !== null) {
        process.stdout.write(`s3-peer refused ${req.method} ${req.url}: ${problem}\n`);
        refuse(req, res, 403, problem.startsWith('unknown') ? 'InvalidAccessKeyId' : 'SignatureDoesNotMatch', problem);
        return;
      }
      const headers = { ...req.headers, host: `127.0.0.1:${inner.port}`, 'content-length': String(body.length) };
      const forward = http.request({ host: '127.0.0.1', port: inner.port, method: req.method, path: req.url, headers }, (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
      });
      forward.on('error', (e) => refuse(req, res, 502, 'InternalError', e.message));
      forward.end(body);
    });
  });
  front.listen(0, '127.0.0.1', () => {
    process.stdout.write(`s3-peer listening on http://127.0.0.1:${front.address().port} (files in ${directory})\n`);
  });
  // Ends with the test that started it.
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}

main().catch((e) => {
  process.stderr.write(`s3-peer failed: ${e.stack}\n`);
  process.exit(1);
});
