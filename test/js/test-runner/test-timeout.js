// exit: 1
const { test, describe, it } = require('node:test');
test('too slow', { timeout: 20 }, async () => { await new Promise((r) => setTimeout(r, 2000).unref()); });
test('fast enough', { timeout: 5000 }, async () => { await new Promise((r) => setTimeout(r, 5)); });
