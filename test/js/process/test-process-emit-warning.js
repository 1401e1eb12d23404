'use strict';
const assert = require('assert');
const common = require('../../common');
const seen = [];
process.on('warning', (w) => seen.push([w.name, w.message, w.code]));
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('coded', 'CustomWarning', 'CODE001');
process.emitWarning('opts', { type: 'OptWarning', code: 'C2', detail: 'more' });
process.emitWarning(new Error('as error'));
assert.throws(() => process.emitWarning(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(seen.length, 0); // emitted on the next tick
process.nextTick(common.mustCall(() => {
  assert.deepStrictEqual(seen, [
    ['Warning', 'plain', undefined],
    ['CustomWarning', 'typed', undefined],
    ['CustomWarning', 'coded', 'CODE001'],
    ['OptWarning', 'opts', 'C2'],
    ['Error', 'as error', undefined],
  ]);
}));
