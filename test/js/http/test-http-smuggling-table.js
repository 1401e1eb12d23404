'use strict';
// More request-smuggling and malformed-request shapes, each with what reference Node 24 does:
// the parse error's code and reason seen by 'clientError' (null: the request is accepted), and
// the status lines a server without a clientError listener writes (400, 431, or the request's
// own 200s). Recorded by running the same raw bytes against reference Node.
require('../../common');
const assert = require('assert');
const http = require('http');
const send = require('./raw-request');

const cases = [
  ['GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\na',
   'HPE_UNEXPECTED_CONTENT_LENGTH', 'Duplicate Content-Length', '400'],
  ['GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1, 1\r\n\r\na',
   'HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length', '400'],
  ['GET / HTTP/1.1\r\nHost: x\r\nContent-Length:  5 \r\n\r\nhello',
   null, null, '200'],
  ['GET / HTTP/1.1\r\nHost: x\r\nContent-Length: +5\r\n\r\nhello',
   'HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length', '400'],
  ['GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 0x5\r\n\r\nhello',
   'HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length', '400'],
  ['GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5 5\r\n\r\nhello',
   'HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length', '400'],
  ['POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
   'HPE_INVALID_TRANSFER_ENCODING', 'Invalid `Transfer-Encoding` header value', '400'],
  ['POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: xchunked\r\n\r\n0\r\n\r\n',
   'HPE_INVALID_TRANSFER_ENCODING', 'Request has invalid `Transfer-Encoding`', '400'],
  ['POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n\r\n',
   'HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size', '400'],
  ['POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0x5\r\nhello\r\n0\r\n\r\n',
   'HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size', '400'],
  ['POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n\r\n',
   'HPE_INVALID_CHUNK_SIZE', 'Chunk size overflow', '400'],
  ['POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5 \r\nhello\r\n0\r\n\r\n',
   'HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size', '400'],
  ['POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5;a=b\r\nhello\r\n0\r\n\r\n',
   null, null, '200'],
  ['POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\n0\r\n\r\n',
   'HPE_CR_EXPECTED', 'Missing expected CR after chunk data', '400'],
  ['POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\nX-T: 1\r\n\r\n',
   null, null, '200'],
  ['POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n\r\n',
   'HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size', '400'],
  ['GET / HTTP/1.1\r\nHost: x\r\nX\x00Y: 1\r\n\r\n',
   'HPE_INVALID_HEADER_TOKEN', 'Invalid header token', '400'],
  ['GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x00b\r\n\r\n',
   'HPE_INVALID_HEADER_TOKEN', 'Invalid header value char', '400'],
  ['GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x7fb\r\n\r\n',
   'HPE_INVALID_HEADER_TOKEN', 'Invalid header value char', '400'],
  ['GET / HTTP/1.1\r\nHost: x\r\nX-A: \xff\r\n\r\n',
   null, null, '200'],
  ['GET / HTTP/1.1\r\nHost: x\r\nX-A:\ta\t\r\n\r\n',
   null, null, '200'],
  ['GET / HTTP/1.1\r\nHost: x\r\nX-A\r\n\r\n',
   'HPE_INVALID_HEADER_TOKEN', 'Invalid header token', '400'],
  ['GET / HTTP/1.1\r\nHost: x\r\n X-A: a\r\n\r\n',
   'HPE_INVALID_HEADER_TOKEN', 'Unexpected whitespace after header value', '400'],
  ['GET / HTTP/1.1\r\n Host: x\r\n\r\n',
   'HPE_UNEXPECTED_SPACE', 'Unexpected space after start line', '400'],
  ['GET / HTTP/1.1\r\nHost: x\r\n\tX-A: a\r\n\r\n',
   'HPE_INVALID_HEADER_TOKEN', 'Unexpected whitespace after header value', '400'],
  ['GET  / HTTP/1.1\r\nHost: x\r\n\r\n',
   null, null, '200'],
  ['GET / HTTP/1.1 \r\nHost: x\r\n\r\n',
   'HPE_INVALID_VERSION', 'Expected CRLF after version', '400'],
  ['GET / HTTP/11\r\nHost: x\r\n\r\n',
   'HPE_INVALID_VERSION', 'Expected dot', '400'],
  ['GET / HTTP/2.0\r\nHost: x\r\n\r\n',
   null, null, '200'],
  ['GET / HTTP/0.9\r\nHost: x\r\n\r\n',
   null, null, '200'],
  ['GET / HTTP/1.0\r\n\r\n',
   null, null, '200'],
  ['GET / HTTP/1.1\r\n\r\n',
   null, null, '400'],
  ['GET / http/1.1\r\nHost: x\r\n\r\n',
   'HPE_INVALID_CONSTANT', 'Expected HTTP/, RTSP/ or ICE/', '400'],
  ['GET / HTTP1.1\r\nHost: x\r\n\r\n',
   'HPE_INVALID_CONSTANT', 'Expected HTTP/, RTSP/ or ICE/', '400'],
  ['GET /\r\nHost: x\r\n\r\n',
   null, null, '200'],
  ['GET\r\n\r\n',
   'HPE_INVALID_METHOD', 'Expected space after method', '400'],
  ['G\x00T / HTTP/1.1\r\nHost: x\r\n\r\n',
   'HPE_INVALID_METHOD', 'Invalid method encountered', '400'],
  ['GETT / HTTP/1.1\r\nHost: x\r\n\r\n',
   'HPE_INVALID_METHOD', 'Expected space after method', '400'],
  ['PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n',
   'HPE_PAUSED_H2_UPGRADE', 'Pause on PRI/Upgrade', '400'],
  ['CONNECTX / HTTP/1.1\r\nHost: x\r\n\r\n',
   'HPE_INVALID_METHOD', 'Expected space after method', '400'],
  ['GET /a\tb HTTP/1.1\r\nHost: x\r\n\r\n',
   'HPE_INVALID_URL', 'Invalid characters in url', '400'],
  ['GET /a\x7fb HTTP/1.1\r\nHost: x\r\n\r\n',
   'HPE_INVALID_URL', 'Invalid char in url path', '400'],
  ['GET http://a.b/c HTTP/1.1\r\nHost: x\r\n\r\n',
   null, null, '200'],
  ['GET * HTTP/1.1\r\nHost: x\r\n\r\n',
   null, null, '200'],
  ['GET /\xff HTTP/1.1\r\nHost: x\r\n\r\n',
   'HPE_INVALID_URL', 'Invalid char in url path', '400'],
  ['POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhelloGARBAGE\r\n\r\n',
   'HPE_INVALID_METHOD', 'Invalid method encountered', '400'],
  ['POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n',
   null, null, '200'],
  ['POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 0\r\n\r\n0\r\n\r\n',
   'HPE_INVALID_CONTENT_LENGTH', "Content-Length can't be present with Transfer-Encoding", '400'],
  ['POST / HTTP/1.0\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
   null, null, '200'],
  [`GET /${'a'.repeat(20000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
   'HPE_HEADER_OVERFLOW', 'Header overflow', '431'],
  [`GET / HTTP/1.1\r\nHost: x\r\n${'X-H: v\r\n'.repeat(2100)}\r\n`,
   'HPE_HEADER_OVERFLOW', 'Header overflow', '431'],
  [`GET / HTTP/1.1\r\nHost: x\r\n${'X'.repeat(17000)}: v\r\n\r\n`,
   'HPE_HEADER_OVERFLOW', 'Header overflow', '431'],
  ['GET / HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n',
   null, null, '200'],
  ['GET / HTTP/1.1\r\nHost: x\r\n\r\n\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n',
   null, null, '200,200'],
  ['GET / HTTP/1.1\r\nHost: x\r\n\r\nxyz',
   'HPE_INVALID_METHOD', 'Invalid method encountered', '400'],
];

let lastErr;
const withListener = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.end('ok'));
});
withListener.on('clientError', (err, socket) => {
  lastErr = err;
  socket.destroy();
});
const withoutListener = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.end('ok'));
});

withListener.listen(0, '127.0.0.1', () => withoutListener.listen(0, '127.0.0.1', async () => {
  for (const [raw, code, reason, statuses] of cases) {
    const label = JSON.stringify(raw.length > 80 ? raw.slice(0, 80) + '...' : raw);
    lastErr = null;
    await send(withListener.address().port, raw);
    assert.strictEqual(lastErr ? lastErr.code : null, code, label);
    assert.strictEqual(lastErr ? lastErr.reason : null, reason, label);
    if (lastErr) assert.strictEqual(lastErr.message, `Parse Error: ${reason}`, label);
    const out = await send(withoutListener.address().port, raw);
    const seen = (out.match(/HTTP\/1\.1 \d+/g) || []).map((s) => s.slice(9)).join(',');
    assert.strictEqual(seen, statuses, label);
  }
  withListener.close();
  withoutListener.close();
}));
