'use strict';
// A client and a server on loopback: events on each side in Node's order, addresses and byte counts.
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const serverEvents = [];
const server = net.createServer(common.mustCall((sock) => {
  assert.strictEqual(sock.remoteAddress, '127.0.0.1');
  assert.strictEqual(sock.remoteFamily, 'IPv4');
  assert.strictEqual(typeof sock.remotePort, 'number');
  assert.strictEqual(sock.localPort, server.address().port);
  assert.strictEqual(sock.server, server);
  sock.setEncoding('utf8');
  let got = '';
  sock.on('data', (d) => { got += d; });
  sock.on('end', common.mustCall(() => {
    serverEvents.push('end');
    assert.strictEqual(got, 'hello world');
    sock.end(got.toUpperCase());
  }));
  sock.on('finish', () => serverEvents.push('finish'));
  sock.on('close', common.mustCall((hadError) => {
    serverEvents.push('close');
    assert.strictEqual(hadError, false);
    assert.deepStrictEqual(serverEvents, ['end', 'finish', 'close']);
    assert.strictEqual(sock.bytesRead, 11);
    assert.strictEqual(sock.bytesWritten, 11);
    server.close(common.mustCall());
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const addr = server.address();
  assert.strictEqual(addr.address, '127.0.0.1');
  assert.strictEqual(addr.family, 'IPv4');
  assert.ok(addr.port > 0);
  assert.strictEqual(server.listening, true);

  const events = [];
  const client = net.connect(addr.port, '127.0.0.1');
  assert.strictEqual(client.connecting, true);
  assert.strictEqual(client.readyState, 'opening');
  assert.strictEqual(client.pending, true);
  client.on('connect', common.mustCall(() => {
    events.push('connect');
    assert.strictEqual(client.connecting, false);
    assert.strictEqual(client.readyState, 'readOnly'); // end() was called already
    assert.strictEqual(client.remotePort, addr.port);
    assert.strictEqual(client.remoteAddress, '127.0.0.1');
    assert.strictEqual(client.localAddress, '127.0.0.1');
    assert.deepStrictEqual(client.address(),
                           { address: '127.0.0.1', family: 'IPv4', port: client.localPort });
  }));
  client.on('ready', () => events.push('ready'));
  client.write('hello ');
  client.end('world', common.mustCall());
  let reply = '';
  client.on('data', (d) => { reply += d; });
  client.on('end', () => events.push('end'));
  client.on('finish', () => events.push('finish'));
  client.on('close', common.mustCall((hadError) => {
    events.push('close');
    assert.strictEqual(hadError, false);
    assert.strictEqual(reply, 'HELLO WORLD');
    assert.deepStrictEqual(events, ['connect', 'ready', 'finish', 'end', 'close']);
    assert.strictEqual(client.bytesWritten, 11);
    assert.strictEqual(client.bytesRead, 11);
    assert.strictEqual(client.readyState, 'closed');
  }));
}));
