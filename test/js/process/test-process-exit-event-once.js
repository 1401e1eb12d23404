'use strict';
const assert = require('assert');
let exits = 0;
process.on('exit', (code) => {
  exits++;
  assert.strictEqual(code, 0);
  assert.strictEqual(process._exiting, true);
  // Work scheduled in 'exit' never runs.
  setTimeout(() => { throw new Error('must not run'); }, 0);
  process.nextTick(() => { throw new Error('must not run'); });
});
process.on('exit', () => assert.strictEqual(exits, 1));
