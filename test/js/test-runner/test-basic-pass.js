const test = require('node:test');
test('one', () => {});
test('two', async () => {});
test(function named() {});
test();
