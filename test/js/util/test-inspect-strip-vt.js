'use strict';
// util.stripVTControlCharacters removes ANSI escape sequences; argument validation.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.stripVTControlCharacters('plain'),
                   'plain');
assert.strictEqual(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'),
                   'red');
assert.strictEqual(util.stripVTControlCharacters('\u001b[1;31;42mmulti\u001b[0m'),
                   'multi');
assert.strictEqual(util.stripVTControlCharacters('\u009b31mcsi8'),
                   'csi8');
assert.strictEqual(util.stripVTControlCharacters('\u001b]8;;https://example.com\u0007link\u001b]8;;\u0007'),
                   'link');
assert.strictEqual(util.stripVTControlCharacters('\u001b]0;title\u001b\\rest'),
                   'rest');
assert.strictEqual(util.stripVTControlCharacters('a\u001b[2Kb\u001b[1Gc'),
                   'abc');
assert.strictEqual(util.stripVTControlCharacters('\u001b[?25l\u001b[?25h'),
                   '');
assert.strictEqual(util.stripVTControlCharacters('\u001b[1s|\u001b[1u|\u001b[1o|\u001b[1p'),
                   '||o|p');
assert.strictEqual(util.stripVTControlCharacters('\u001bc'),
                   '');
assert.strictEqual(util.stripVTControlCharacters('\u001b(B'),
                   '');
assert.strictEqual(util.stripVTControlCharacters('\u001b[38;5;196mx\u001b[48;2;1;2;3my'),
                   'xy');
assert.strictEqual(util.stripVTControlCharacters(''),
                   '');
assert.strictEqual(util.stripVTControlCharacters('\u001b'),
                   '\x1b');

assert.throws(() => util.stripVTControlCharacters(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "str" argument must be of type string. Received type number (1)',
});
assert.throws(() => util.stripVTControlCharacters(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(util.stripVTControlCharacters(util.inspect({ a: [1, 'x'] }, { colors: true })), "{ a: [ 1, 'x' ] }");
