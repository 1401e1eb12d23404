'use strict';
// Web stream adapters: present as functions. (node4j throws
// ERR_NODE4J_UNSUPPORTED until it has web streams; Node converts.)
const common = require('../../common');
const assert = require('assert');
const { Readable, Writable, Duplex } = require('stream');

for (const fn of [Readable.toWeb, Readable.fromWeb, Writable.toWeb, Writable.fromWeb,
                  Duplex.toWeb, Duplex.fromWeb]) {
  assert.strictEqual(typeof fn, 'function');
}
if (common.isNode4j) {
  assert.throws(() => Readable.toWeb(new Readable()), { code: 'ERR_NODE4J_UNSUPPORTED' });
} else {
  const web = Readable.toWeb(Readable.from(['x']));
  assert.strictEqual(typeof web.getReader, 'function');
}
