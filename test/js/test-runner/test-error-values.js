// exit: 1
const { test } = require('node:test');
test('throws null', () => { throw null; });
test('throws an object', () => { throw { reason: 'object' }; });
test('rejects with undefined', () => Promise.reject());
test('rejects with a number', async () => { throw 42; });
