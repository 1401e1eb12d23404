'use strict';
// util.inspect: string quoting (single, double, backtick) and escaping.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect(''),
                   '\'\'');
assert.strictEqual(util.inspect('a'),
                   '\'a\'');
assert.strictEqual(util.inspect('hello world'),
                   '\'hello world\'');
assert.strictEqual(util.inspect("it's"),
                   '"it\'s"');
assert.strictEqual(util.inspect('say "hi"'),
                   '\'say "hi"\'');
assert.strictEqual(util.inspect('both \' and "'),
                   '`both \' and "`');
assert.strictEqual(util.inspect('all three \' " `'),
                   '\'all three \\\' " `\'');
assert.strictEqual(util.inspect('all three with template \' " ` ${x}'),
                   '\'all three with template \\\' " ` ${x}\'');
assert.strictEqual(util.inspect('${not a template}'),
                   '\'${not a template}\'');
assert.strictEqual(util.inspect('back\\slash'),
                   '\'back\\\\slash\'');
assert.strictEqual(util.inspect('tab\there'),
                   '\'tab\\there\'');
assert.strictEqual(util.inspect('nl\nhere'),
                   '\'nl\\nhere\'');
assert.strictEqual(util.inspect('cr\rhere'),
                   '\'cr\\rhere\'');
assert.strictEqual(util.inspect('\b\f\v'),
                   '\'\\b\\f\\x0B\'');
assert.strictEqual(util.inspect('\x00\x01\x07\x1b\x1f'),
                   '\'\\x00\\x01\\x07\\x1B\\x1F\'');
assert.strictEqual(util.inspect('\x7f\x80\x9f\xa0\xff'),
                   '\'\\x7F\\x80\\x9F ÿ\'');
assert.strictEqual(util.inspect('\u2028\u2029\ufeff'),
                   '\'\u2028\u2029\ufeff\'');
assert.strictEqual(util.inspect('\ud800'),
                   '\'\\ud800\'');
assert.strictEqual(util.inspect('\udc00'),
                   '\'\\udc00\'');
assert.strictEqual(util.inspect('a\ud800b'),
                   '\'a\\ud800b\'');
assert.strictEqual(util.inspect('\ud83d\ude00'),
                   '\'\ud83d\ude00\'');
assert.strictEqual(util.inspect('\ude00\ud83d'),
                   '\'\\ude00\\ud83d\'');
assert.strictEqual(util.inspect('ünïcödé €'),
                   '\'ünïcödé €\'');
assert.strictEqual(util.inspect('日本語'),
                   '\'日本語\'');
assert.strictEqual(util.inspect('\u001b[31mred\u001b[39m'),
                   '\'\\x1B[31mred\\x1B[39m\'');
assert.strictEqual(util.inspect(["it's", 'plain', 'say "x"']),
                   '[ "it\'s", \'plain\', \'say "x"\' ]');
assert.strictEqual(util.inspect({ s: "it's" }),
                   '{ s: "it\'s" }');
assert.strictEqual(util.inspect({ "it's": 1 }),
                   '{ "it\'s": 1 }');
assert.strictEqual(util.inspect({ 'a\nb': 1 }),
                   '{ \'a\\nb\': 1 }');
assert.strictEqual(util.inspect(new Map([["it's", 'x\ty']])),
                   'Map(1) { "it\'s" => \'x\\ty\' }');
assert.strictEqual(util.inspect('\'\'\'"'),
                   '`\'\'\'"`');
