'use strict';
// util.parseEnv: the dotenv format as Node 24 reads it (export prefix, quotes of three kinds,
// multi-line values, \n in double quotes, comments, unterminated quotes, CRLF, duplicate
// keys, sorted keys); compared with reference Node's output (.out).
require('../../common');
const assert = require('assert');
const { parseEnv } = require('util');

const cases = [
  'A=1\nB=2',
  'A = 1 \n  B  =  spaced value  ',
  'export C=3\nexport   D = 4',
  'Q="double quoted"\nS=\'single\'\nT=`back`',
  'ML="line1\nline2"\nNEXT=1',
  'S=\'l1\nl2\'\nN=1',
  'B=`l1\nl2`\nN=1',
  'ESC="a\\nb"\nSESC=\'a\\nb\'\nBESC=`a\\nb`',
  'Z="a\\\\nb"\nE="\\t"\nQ="a\\"b"',
  'C1=value # comment\nC2="quoted # not comment"\nC3=no#comment\nH=#start',
  'D="a" # c\nN=2\nA=1 #c\nB="x"y"z"',
  '# full comment\n\nEMPTY=\nE2=""\nE3= ',
  'DUP=1\nDUP=2',
  'NOEQ\nOK=1',
  'K  \n=1',
  'UNTERM="abc\nX=1',
  'X=\'\nY=1',
  'M="a\nb',
  'W="a # b',
  'CRLF=1\r\nCRLF2=2\r\n',
  '  INDENT=1\n # c\nA=1',
  'A.B=1\nA-B=2\n1X=3',
  'QUOTE_INSIDE=a"b"c\nQ2="a"b\nS2=\'it\'s\'',
  '=novalue',
  'KEY="multi\nline\nvalue" # trailing',
  'BACKTICK=`has "double" and \'single\'`',
  'TAB=a\tb\nT=\t v \t',
  'U=  "  padded  "  \nV=a \\# b',
  'export=1',
  'b=2\na=1\nB=3\n_=4',
  '',
  '\n\n',
];
for (const c of cases) console.log(JSON.stringify(c), '->', JSON.stringify(parseEnv(c)));

assert.strictEqual(Object.getPrototypeOf(parseEnv('A=1')), Object.prototype);
for (const bad of [1, null, undefined, {}]) {
  assert.throws(() => parseEnv(bad), { code: 'ERR_INVALID_ARG_TYPE' });
}
assert.throws(() => parseEnv(1), {
  message: 'The "content" argument must be of type string. Received type number (1)',
});
