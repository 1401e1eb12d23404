// exit: 1
const test = require('node:test');
const assert = require('node:assert');
test('passes', () => {});
test('fails', () => { assert.strictEqual(1, 2); });
test('throws a string', () => { throw 'plain'; });
