'use strict';
// Three requests in one packet on one connection: the server answers them in order even when
// the first answer is the slowest, then closes after the one that asked for Connection: close.
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  const reply = () => res.end(`reply:${req.url}`);
  if (req.url === '/1') setTimeout(reply, 30); // the first is answered last
  else reply();
}, 3));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('GET /1 HTTP/1.1\r\nHost: x\r\n\r\n' +
            'GET /2 HTTP/1.1\r\nHost: x\r\n\r\n' +
            'GET /3 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  });
  let out = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { out += d; });
  c.on('end', common.mustCall(() => {
    const bodies = out.match(/reply:\/\d/g);
    assert.deepStrictEqual(bodies, ['reply:/1', 'reply:/2', 'reply:/3']);
    const connection = [...out.matchAll(/^Connection: (.*)$/gm)].map((m) => m[1].trim());
    assert.deepStrictEqual(connection, ['keep-alive', 'keep-alive', 'close']);
    server.close();
  }));
}));
