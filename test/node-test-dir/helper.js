require('node:test').test('not a test file name', () => {});
