'use strict';
// util.inspect with colors on errors: Node's own frames in grey, node_modules package names
// underlined, the working directory dimmed (also as a file:// URL).
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

const cwd = process.cwd();
const err = new Error('x');
err.stack = 'Error: x\n' +
  `    at foo (${cwd}/a.js:1:1)\n` +
  '    at bar (/x/node_modules/pkg/sub/node_modules/@scope/p2/z.js:3:4)\n' +
  '    at node:internal/errors:33:47\n' +
  '    at EventEmitter.emit (node:events:1929:14)\n' +
  '    at node:no_such_builtin:1:1\n' +
  `    at file://${cwd}/m.mjs:1:1\n` +
  `    at ${cwd}/plain.js:2:2\n` +
  '    at async Promise.all (index 0)';

assert.strictEqual(util.inspect(err, { colors: true }),
                   'Error: x\n' +
                   `    at foo \u001b[90m(${cwd}/\u001b[39ma.js:1:1\u001b[90m)\u001b[39m\n` +
                   '    at bar (/x/node_modules/\u001b[4mpkg\u001b[24m/sub/node_modules/\u001b[4m@scope/p2\u001b[24m/z.js:3:4)\n' +
                   '\u001b[90m    at node:internal/errors:33:47\u001b[39m\n' +
                   '\u001b[90m    at EventEmitter.emit (node:events:1929:14)\u001b[39m\n' +
                   '    at node:no_such_builtin:1:1\n' +
                   `    at \u001b[90mfile://${cwd}/\u001b[39mm.mjs:1:1\n` +
                   `    at \u001b[90m${cwd}/\u001b[39mplain.js:2:2\n` +
                   '    at async Promise.all (index 0)');

// Without colors the stack is printed as is.
assert.strictEqual(util.inspect(err), err.stack);

// Nested: frames are indented with the property.
assert.strictEqual(util.inspect({ e: err }, { colors: true }).split('\n')[4],
                   '  \u001b[90m    at node:internal/errors:33:47\u001b[39m');

// A real error's frames from this file are marked with the working directory.
const real = util.inspect(new Error('real'), { colors: true }).split('\n');
assert.strictEqual(real[0], 'Error: real');
if (__filename.startsWith(cwd + '/')) {
  assert.ok(real[1].includes(`\u001b[90m(${cwd}/\u001b[39m`), real[1]);
}
