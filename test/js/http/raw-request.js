'use strict';
// Helper for the http tests (not a test itself): sends raw bytes on a new connection and
// resolves with everything the server wrote (latin1) once the connection closed. With
// `end: false` the client keeps its side open (a request that never finishes).
const net = require('net');

module.exports = function rawRequest(port, bytes, { end = true } = {}) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => {
      const data = Buffer.from(bytes, 'latin1');
      if (end) c.end(data);
      else c.write(data);
    });
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('error', () => {});
    c.on('close', () => resolve(out));
  });
};
