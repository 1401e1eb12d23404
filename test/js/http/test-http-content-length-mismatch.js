'use strict';
// strictContentLength: writing more or fewer bytes than Content-Length says throws
// ERR_HTTP_CONTENT_LENGTH_MISMATCH; without it the body is sent as written.
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  res.strictContentLength = true;
  res.writeHead(200, { 'Content-Length': 5 }); // the length is known once the head is built
  if (req.url === '/more') {
    assert.throws(() => res.write('toolong'), {
      code: 'ERR_HTTP_CONTENT_LENGTH_MISMATCH',
      message: 'Response body\'s content-length of 7 byte(s) does not match the content-length of 5 byte(s) set in header',
    });
    res.end('12345');
  } else {
    res.write('123');
    assert.throws(() => res.end(), {
      code: 'ERR_HTTP_CONTENT_LENGTH_MISMATCH',
      message: 'Response body\'s content-length of 3 byte(s) does not match the content-length of 5 byte(s) set in header',
    });
    res.end('45');
  }
}, 2));

function get(path) {
  return new Promise((resolve) => {
    http.get({ port: server.address().port, host: '127.0.0.1', path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(body));
    });
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  assert.strictEqual(await get('/more'), '12345');
  assert.strictEqual(await get('/less'), '12345');
  server.close();
}));
