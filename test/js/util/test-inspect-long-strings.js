'use strict';
// util.inspect: long strings split at newlines, maxStringLength.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

const para = 'The quick brown fox jumps over the lazy dog.\nPack my box with five dozen liquor jugs.\nSphinx of black quartz, judge my vow.';
const long = 'x'.repeat(200);

assert.strictEqual(util.inspect(para),
                   '\'The quick brown fox jumps over the lazy dog.\\n\' +\n  \'Pack my box with five dozen liquor jugs.\\n\' +\n  \'Sphinx of black quartz, judge my vow.\'');
assert.strictEqual(util.inspect({ para }),
                   '{\n  para: \'The quick brown fox jumps over the lazy dog.\\n\' +\n    \'Pack my box with five dozen liquor jugs.\\n\' +\n    \'Sphinx of black quartz, judge my vow.\'\n}');
assert.strictEqual(util.inspect([para]),
                   '[\n  \'The quick brown fox jumps over the lazy dog.\\n\' +\n    \'Pack my box with five dozen liquor jugs.\\n\' +\n    \'Sphinx of black quartz, judge my vow.\'\n]');
assert.strictEqual(util.inspect({ a: { b: { para } } }),
                   '{\n  a: {\n    b: {\n      para: \'The quick brown fox jumps over the lazy dog.\\n\' +\n        \'Pack my box with five dozen liquor jugs.\\n\' +\n        \'Sphinx of black quartz, judge my vow.\'\n    }\n  }\n}');
assert.strictEqual(util.inspect(long),
                   '\'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\'');
assert.strictEqual(util.inspect({ long }),
                   '{\n  long: \'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\'\n}');
assert.strictEqual(util.inspect('short\nlines'),
                   '\'short\\nlines\'');
assert.strictEqual(util.inspect('a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn\no\np\nq\nr\ns\nt\nu\nv\nw\nx\ny\nz\n0123456789012345678901234567890123456789012345678901234567890'),
                   '\'a\\n\' +\n  \'b\\n\' +\n  \'c\\n\' +\n  \'d\\n\' +\n  \'e\\n\' +\n  \'f\\n\' +\n  \'g\\n\' +\n  \'h\\n\' +\n  \'i\\n\' +\n  \'j\\n\' +\n  \'k\\n\' +\n  \'l\\n\' +\n  \'m\\n\' +\n  \'n\\n\' +\n  \'o\\n\' +\n  \'p\\n\' +\n  \'q\\n\' +\n  \'r\\n\' +\n  \'s\\n\' +\n  \'t\\n\' +\n  \'u\\n\' +\n  \'v\\n\' +\n  \'w\\n\' +\n  \'x\\n\' +\n  \'y\\n\' +\n  \'z\\n\' +\n  \'0123456789012345678901234567890123456789012345678901234567890\'');
assert.strictEqual(util.inspect(para, { breakLength: Infinity }),
                   '\'The quick brown fox jumps over the lazy dog.\\nPack my box with five dozen liquor jugs.\\nSphinx of black quartz, judge my vow.\'');
assert.strictEqual(util.inspect(para, { compact: true }),
                   '\'The quick brown fox jumps over the lazy dog.\\nPack my box with five dozen liquor jugs.\\nSphinx of black quartz, judge my vow.\'');
assert.strictEqual(util.inspect(para, { breakLength: 30 }),
                   '\'The quick brown fox jumps over the lazy dog.\\n\' +\n  \'Pack my box with five dozen liquor jugs.\\n\' +\n  \'Sphinx of black quartz, judge my vow.\'');
assert.strictEqual(util.inspect('abcdefghij', { maxStringLength: 4 }),
                   '\'abcd\'... 6 more characters');
assert.strictEqual(util.inspect('abcdefghij', { maxStringLength: 9 }),
                   '\'abcdefghi\'... 1 more character');
assert.strictEqual(util.inspect('abcdefghij', { maxStringLength: 10 }),
                   '\'abcdefghij\'');
assert.strictEqual(util.inspect('abcdefghij', { maxStringLength: 0 }),
                   '\'\'... 10 more characters');
assert.strictEqual(util.inspect('abcdefghij', { maxStringLength: null }),
                   '\'abcdefghij\'');
assert.strictEqual(util.inspect('abcdefghij', { maxStringLength: Infinity }),
                   '\'abcdefghij\'');
assert.strictEqual(util.inspect(['abcdef', 'ghijkl'], { maxStringLength: 2 }),
                   '[ \'ab\'... 4 more characters, \'gh\'... 4 more characters ]');
assert.strictEqual(util.inspect({ k: 'abcdef' }, { maxStringLength: 1 }),
                   '{ k: \'a\'... 5 more characters }');
assert.strictEqual(util.inspect(long, { maxStringLength: 150 }),
                   '\'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\'... 50 more characters');
assert.strictEqual(util.inspect(para, { maxStringLength: 60 }),
                   '\'The quick brown fox jumps over the lazy dog.\\nPack my box wit\'... 63 more characters');
assert.strictEqual(util.inspect('a\n'.repeat(30)),
                   '\'a\\na\\na\\na\\na\\na\\na\\na\\na\\na\\na\\na\\na\\na\\na\\na\\na\\na\\na\\na\\na\\na\\na\\na\\na\\na\\na\\na\\na\\na\\n\'');
assert.strictEqual(util.inspect('line one is rather long, more than sixteen\nline two'),
                   '\'line one is rather long, more than sixteen\\nline two\'');
assert.strictEqual(util.inspect('exactly sixteen!'),
                   '\'exactly sixteen!\'');
assert.strictEqual(util.inspect('seventeen chars!!'),
                   '\'seventeen chars!!\'');
