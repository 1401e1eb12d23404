'use strict';
// createInterface option validation and defaults, positional arguments, Interface callable
// without new, terminal defaulting to output.isTTY.
require('../../common');
const assert = require('assert');
const EventEmitter = require('events');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = () => new PassThrough();
assert.throws(() => readline.createInterface({ input: input(), historySize: -1 }), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "size" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => readline.createInterface({ input: input(), tabSize: 0 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "tabSize" is out of range. It must be >= 1 && <= 4294967295. Received 0',
});
assert.throws(() => readline.createInterface({ input: input(), history: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "history" argument must be an instance of Array. Received type string (\'x\')',
});
assert.throws(() => readline.createInterface({ input: input(), signal: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
});

const rl = readline.Interface(input(), null, undefined, false);
assert.ok(rl instanceof readline.Interface);
assert.ok(rl instanceof EventEmitter);
assert.strictEqual(rl.terminal, false);
assert.strictEqual(rl.columns, Infinity);
assert.strictEqual(rl.tabSize, 8);
assert.strictEqual(rl.escapeCodeTimeout, 500);
rl.close();

const out = new PassThrough();
out.isTTY = true;
out.columns = 120;
const rl2 = readline.createInterface({ input: input(), output: out, prompt: '% ', tabSize: 4 });
assert.strictEqual(rl2.terminal, true);
assert.strictEqual(rl2.columns, 120);
assert.strictEqual(rl2.getPrompt(), '% ');
assert.strictEqual(rl2.tabSize, 4);
assert.strictEqual(rl2.cursor, 0);
rl2.close();

const rl3 = readline.createInterface(input(), out, undefined, false);
assert.strictEqual(rl3.terminal, false);
rl3.setPrompt('new> ');
assert.strictEqual(rl3.getPrompt(), 'new> ');
rl3.close();

assert.deepStrictEqual(Object.keys(readline).sort(), [
  'Interface', 'clearLine', 'clearScreenDown', 'createInterface', 'cursorTo',
  'emitKeypressEvents', 'moveCursor', 'promises',
]);
assert.strictEqual(readline.promises, require('readline/promises'));
assert.deepStrictEqual(Object.keys(require('readline/promises')).sort(),
                       ['Interface', 'Readline', 'createInterface']);
