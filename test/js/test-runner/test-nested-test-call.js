const test = require('node:test');
test('outer', () => {
  test('created inside the body', () => {});
});
