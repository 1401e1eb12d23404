'use strict';
// run() composed with a user's async generator reporter.
const { run } = require('node:test');
const path = require('node:path');
async function* names(source) {
  for await (const { type, data } of source) {
    if (type === 'test:pass') yield `pass ${'  '.repeat(data.nesting)}${data.name}\n`;
    if (type === 'test:fail') yield `fail ${'  '.repeat(data.nesting)}${data.name}\n`;
    if (type === 'test:plan') yield `plan ${data.nesting} ${data.count}\n`;
  }
  yield 'end\n';
}
const dir = path.join(__dirname, '..', '..', 'node-test-dir');
run({ files: [path.join(dir, 'mocks.test.js'), path.join(dir, 'basic.test.js')] }).compose(names).pipe(process.stdout);
