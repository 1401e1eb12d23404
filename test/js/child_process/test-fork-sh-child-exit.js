'use strict';
// A child that exits closes the channel: 'disconnect' on the parent, then 'exit' and 'close'.
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');

const child = cp.fork('-c', ['exit 4'], { execPath: '/bin/sh', execArgv: [] });
child.on('disconnect', common.mustCall(() => assert.strictEqual(child.connected, false)));
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 4)));
child.on('close', common.mustCall((code, signal) => {
  assert.strictEqual(code, 4);
  assert.strictEqual(signal, null);
}));
