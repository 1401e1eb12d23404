// exit: 1
const { test } = require('node:test');
test('mismatch', (t) => { t.assert.snapshot({ changed: 'new value' }); });
