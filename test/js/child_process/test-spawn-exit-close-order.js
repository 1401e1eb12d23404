'use strict';
// A child killed by a signal while its output is still unread: 'exit' comes first, 'close'
// only after every stdio stream has ended, with the same code and signal; the data written
// before the kill is not lost.
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');

const child = cp.spawn('sh', ['-c', 'echo before; echo err >&2; kill -HUP $$; echo after']);
const events = [];
let out = '';
let err = '';
child.stdout.setEncoding('utf8');
child.stderr.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
child.stderr.on('data', (d) => { err += d; });
child.stdout.on('end', common.mustCall(() => events.push('stdout end')));
child.stderr.on('end', common.mustCall(() => events.push('stderr end')));
child.on('exit', common.mustCall((code, signal) => {
  events.push('exit');
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGHUP');
}));
child.on('close', common.mustCall((code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGHUP');
  assert.strictEqual(events.length, 3);
  assert.strictEqual(out, 'before\n');
  assert.strictEqual(err, 'err\n');
}));
