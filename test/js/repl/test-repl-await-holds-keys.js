'use strict';
// A terminal REPL holds what is typed while it awaits and takes it up after printing the
// result: the second line is echoed after 5, at a fresh prompt, as in Node.
const common = require('../../common');
const assert = require('assert');
const repl = require('repl');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.setEncoding('utf8');
output.on('data', (d) => { out += d; });
const r = repl.start({ input, output, terminal: true, prompt: '> ', useColors: false });
input.write('await new Promise((r) => setTimeout(() => r(2 + 3), 50))\n');
setTimeout(() => input.write('1 + 1\n'), 5);
const expected = '\u001b[1G\u001b[0J> \u001b[3Gawait new Promise((r) => setTimeout(() => r(2 + 3), 50))\r\n' +
  '5\n\u001b[1G\u001b[0J> \u001b[3G1 + 1\r\n2\n\u001b[1G\u001b[0J> \u001b[3G';
(function check() {
  if (out.endsWith('2\n\u001b[1G\u001b[0J> \u001b[3G')) {
    assert.strictEqual(out, expected);
    r.close();
    common.mustCall()();
    return;
  }
  setTimeout(check, 5);
})();
