'use strict';
// No server on the port: ECONNREFUSED (the ICMP error ends each attempt, no timeout waited).
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');
const dns = require('dns');

const s = dgram.createSocket('udp4');
s.bind(0, '127.0.0.1', common.mustCall(() => {
  const port = s.address().port;
  s.close(common.mustCall(() => {
    const r = new dns.Resolver({ timeout: 60000, tries: 2 });
    r.setServers([`127.0.0.1:${port}`]);
    r.resolve4('closed.test', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.code, dns.CONNREFUSED);
      assert.strictEqual(err.syscall, 'queryA');
      assert.strictEqual(err.message, 'queryA ECONNREFUSED closed.test');
    }));
  }));
}));
