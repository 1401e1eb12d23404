'use strict';
// lineOffset and columnOffset move the positions reported for the code.
require('../../common');
const assert = require('assert');
const vm = require('vm');

function frameOf(fn) {
  try {
    fn();
  } catch (e) {
    return e.stack.split('\n').find((l) => /^\s+at /.test(l) && l.includes('offset.vm'));
  }
}
const plain = frameOf(() => vm.runInThisContext('throw new Error("x")', { filename: 'offset.vm' }));
assert.match(plain, /offset\.vm:1:7/);
const moved = frameOf(() => vm.runInThisContext('throw new Error("x")', { filename: 'offset.vm', lineOffset: 4 }));
assert.match(moved, /offset\.vm:5:7/);
const ctx = vm.createContext({});
const inCtx = frameOf(() => vm.runInContext('\nthrow new Error("y")', ctx, { filename: 'offset.vm', lineOffset: 2 }));
assert.match(inCtx, /offset\.vm:4:7/);
