'use strict';
// Web stream adapters: present as functions, and Readable.toWeb converts. (The file name
// dates from before node4j had web streams; test/js/stream-web covers the adapters.)
require('../../common');
const assert = require('assert');
const { Readable, Writable, Duplex } = require('stream');

for (const fn of [Readable.toWeb, Readable.fromWeb, Writable.toWeb, Writable.fromWeb,
                  Duplex.toWeb, Duplex.fromWeb]) {
  assert.strictEqual(typeof fn, 'function');
}
const web = Readable.toWeb(Readable.from(['x']));
assert.strictEqual(typeof web.getReader, 'function');
