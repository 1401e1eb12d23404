'use strict';
// A request-smuggling and malformed-request table: each raw request gets Node's parse error
// code and reason on 'clientError', and without a clientError listener the server answers
// 400 (431 for oversized headers) and closes.
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const cases = [
  ['FOO@ / HTTP/1.1\r\nHost: x\r\n\r\n', 'HPE_INVALID_METHOD', 'Invalid method encountered'],
  ['get / HTTP/1.1\r\nHost: x\r\n\r\n', 'HPE_INVALID_METHOD', 'Invalid method encountered'],
  ['GET / HTTP/1.x\r\nHost: x\r\n\r\n', 'HPE_INVALID_VERSION', 'Invalid minor version'],
  ['GET / HTTP/1.2\r\nHost: x\r\n\r\n', 'HPE_INVALID_VERSION', 'Invalid HTTP version'],
  ['GET / HTTP/1.1\r\nHo st: x\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', 'Invalid header token'],
  ['GET / HTTP/1.1\r\nHost : x\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', 'Invalid header token'],
  ['GET / HTTP/1.1\r\nHost: x\r\n: v\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', 'Invalid header token'],
  ['GET / HTTP/1.1\r\nHost: x\x01y\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', 'Invalid header value char'],
  ['POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
   'HPE_INVALID_TRANSFER_ENCODING', "Transfer-Encoding can't be present with Content-Length"],
  ['POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd',
   'HPE_UNEXPECTED_CONTENT_LENGTH', 'Duplicate Content-Length'],
  ['POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3x\r\n\r\nabc',
   'HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length'],
  ['POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
   'HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length'],
  ['POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n',
   'HPE_INVALID_CONTENT_LENGTH', 'Content-Length overflow'],
  ['POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n',
   'HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size'],
  ['POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\nabc\r\n0\r\n\r\n',
   'HPE_CR_EXPECTED', 'Missing expected CR after chunk size'],
  ['POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n0\r\n\r\n',
   'HPE_STRICT', 'Expected LF after chunk data'],
  ['POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n',
   'HPE_INVALID_TRANSFER_ENCODING', 'Invalid `Transfer-Encoding` header value'],
  ['POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: identity\r\n\r\n',
   'HPE_INVALID_TRANSFER_ENCODING', 'Request has invalid `Transfer-Encoding`'],
  ['GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n',
   'HPE_INVALID_HEADER_TOKEN', 'Unexpected whitespace after header value'],
  ['GET / HTTP/1.1\nHost: x\n\n', 'HPE_INVALID_VERSION', 'Expected CRLF after version'],
  ['GET / HTTP/1.1\rHost: x\r\n\r\n', 'HPE_STRICT', 'Expected CRLF after version'],
  ['GET / HTTP/1.1\r\nHost: x\nX: y\r\n\r\n', 'HPE_CR_EXPECTED', 'Missing expected CR after header value'],
  ['GET / HTTP/1.1\r\nHost: x\rX: y\r\n\r\n', 'HPE_LF_EXPECTED', 'Missing expected LF after header value'],
  ['GET /a b HTTP/1.1\r\nHost: x\r\n\r\n', 'HPE_INVALID_CONSTANT', 'Expected HTTP/, RTSP/ or ICE/'],
  ['GET /a\x01b HTTP/1.1\r\nHost: x\r\n\r\n', 'HPE_INVALID_URL', 'Invalid char in url path'],
  [`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(17000)}\r\n\r\n`, 'HPE_HEADER_OVERFLOW', 'Header overflow'],
  ['GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n',
   'HPE_CLOSED_CONNECTION', 'Data after `Connection: close`'],
];

function send(port, raw) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.end(raw));
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('error', () => {});
    c.on('close', () => resolve(out));
  });
}

const seen = [];
const withListener = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.end('ok'));
});
withListener.on('clientError', (err, socket) => {
  seen.push(err);
  assert.ok(err instanceof Error);
  assert.ok(Buffer.isBuffer(err.rawPacket));
  assert.strictEqual(typeof err.bytesParsed, 'number');
  socket.destroy();
});

const withoutListener = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.end('ok'));
});

withListener.listen(0, '127.0.0.1', common.mustCall(() => {
  withoutListener.listen(0, '127.0.0.1', common.mustCall(async () => {
    for (const [raw, code, reason] of cases) {
      seen.length = 0;
      await send(withListener.address().port, raw);
      const err = seen.find((e) => e.code === code);
      assert.ok(err, `${JSON.stringify(raw.slice(0, 60))}: expected ${code}, got ${seen.map((e) => e.code)}`);
      assert.strictEqual(err.reason, reason);
      assert.strictEqual(err.message, `Parse Error: ${reason}`);

      const reply = await send(withoutListener.address().port, raw);
      if (code === 'HPE_CLOSED_CONNECTION') continue; // the first request was answered
      const expected = code === 'HPE_HEADER_OVERFLOW' ?
        'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n' :
        'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
      assert.strictEqual(reply, expected, JSON.stringify(raw.slice(0, 60)));
    }
    // HTTP/1.1 without Host: 400 from the server itself, no clientError
    seen.length = 0;
    const noHost = await send(withListener.address().port, 'GET / HTTP/1.1\r\n\r\n');
    assert.match(noHost, /^HTTP\/1\.1 400 Bad Request\r\n/);
    assert.strictEqual(seen.length, 0);
    // tolerated: leading empty lines, chunk extensions, HTTP/1.0 without Host
    assert.match(await send(withListener.address().port, '\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n'), /200 OK[\s\S]*ok$/);
    assert.match(await send(withListener.address().port,
                            'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3;a=b\r\nabc\r\n0\r\n\r\n'),
                 /200 OK/);
    assert.match(await send(withListener.address().port, 'GET / HTTP/1.0\r\n\r\n'), /^HTTP\/1\.1 200 OK/);
    withListener.close();
    withoutListener.close();
  }));
}));
