'use strict';
// pause()/resume() pause the input and emit once each; close() pauses first ('pause' then
// 'close'), only once, and removes its listeners from the input.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input });
const events = [];
rl.on('pause', () => events.push('pause'));
rl.on('resume', () => events.push('resume'));
rl.on('close', common.mustCall(() => events.push('close')));

assert.strictEqual(rl.pause(), rl);
assert.strictEqual(input.isPaused(), true);
rl.pause();
assert.strictEqual(rl.resume(), rl);
assert.strictEqual(input.isPaused(), false);
rl.resume();
rl.pause();
rl.write('x\n');
assert.strictEqual(rl.paused, false);
assert.deepStrictEqual(events, ['pause', 'resume', 'pause', 'resume']);

const dataListeners = input.listenerCount('data');
rl.close();
rl.close();
assert.deepStrictEqual(events, ['pause', 'resume', 'pause', 'resume', 'pause', 'close']);
assert.strictEqual(input.listenerCount('data'), dataListeners - 1);
assert.strictEqual(input.listenerCount('end'), 0);
