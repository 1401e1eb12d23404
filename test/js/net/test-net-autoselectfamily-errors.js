'use strict';
// When every attempt fails the socket fails with an AggregateError of each attempt's error
// (code: the first one's); a single address connects (and fails) the plain way.
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer();
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  server.close(common.mustCall(() => {
    const one = net.connect({ host: 'one.test', port, lookup: (h, o, cb) => cb(null, [{ address: '127.0.0.1', family: 4 }]) });
    one.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
      assert.strictEqual(one.autoSelectFamilyAttemptedAddresses, undefined);
      const two = net.connect({
        host: 'two.test', port,
        lookup: (h, o, cb) => cb(null, [{ address: '127.0.0.1', family: 4 }, { address: '::1', family: 6 }]),
      });
      two.on('connectionAttemptFailed', common.mustCall(2));
      two.on('error', common.mustCall((err) => {
        assert.ok(err instanceof AggregateError);
        assert.strictEqual(err.code, 'ECONNREFUSED');
        assert.deepStrictEqual(err.errors.map((e) => e.message),
          [`connect ECONNREFUSED 127.0.0.1:${port}`, `connect ECONNREFUSED ::1:${port}`]);
        assert.deepStrictEqual(two.autoSelectFamilyAttemptedAddresses, [`127.0.0.1:${port}`, `::1:${port}`]);
      }));
    }));
  }));
}));
