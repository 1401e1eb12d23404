const { test } = require('node:test');
test('todo that fails', { todo: true }, () => { throw new Error('expected'); });
test.todo('todo.fails', () => { throw new Error('also expected'); });
test('passes', () => {});
