// exit: 1
const { test } = require('node:test');
test('deepStrictEqual fails', (t) => { t.assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }); });
test('ok fails', (t) => { t.assert.ok(0); });
test('fail()', (t) => { t.assert.fail('explicit failure'); });
