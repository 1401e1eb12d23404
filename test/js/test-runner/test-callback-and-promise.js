// exit: 1
const { test } = require('node:test');
test('both', async (t, done) => { done(); });
