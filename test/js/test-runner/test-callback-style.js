// exit: 1
const { test } = require('node:test');
test('done later', (t, done) => { setTimeout(done, 5); });
test('done with error', (t, done) => { done(new Error('callback error')); });
test('done sync', (t, done) => { done(); });
