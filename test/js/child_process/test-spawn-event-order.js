'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const events = [];
const child = cp.spawn('sh', ['-c', 'echo out; echo err >&2']);
child.on('spawn', () => events.push('spawn'));
child.stdout.on('end', () => events.push('stdout end'));
child.stdout.on('data', () => {});
child.stderr.on('data', () => {});
child.on('exit', () => events.push('exit'));
child.on('close', common.mustCall(() => {
  events.push('close');
  assert.strictEqual(events[0], 'spawn');
  assert.strictEqual(events[events.length - 1], 'close');
  assert.ok(events.includes('exit'));
  assert.ok(events.includes('stdout end'));
}));
