'use strict';
// util.parseArgs: option types, short options and groups, multiple, defaults, strict and
// non-strict modes, positionals, tokens, allowNegative, and the ERR_PARSE_ARGS_* /
// validation errors, printed and compared with reference Node 24 (.out).
require('../../common');
const assert = require('assert');
const { parseArgs } = require('util');

function show(label, config) {
  try {
    const r = parseArgs(config);
    assert.strictEqual(Object.getPrototypeOf(r.values), null);
    console.log(`${label}: ${JSON.stringify(r)}`);
  } catch (e) {
    console.log(`${label}: ${e.name} ${e.code}: ${e.message}`);
  }
}

const opts = {
  verbose: { type: 'boolean', short: 'v' },
  file: { type: 'string', short: 'f' },
  color: { type: 'boolean', short: 'c' },
  tag: { type: 'string', short: 't', multiple: true },
  level: { type: 'boolean', short: 'l', multiple: true },
};

show('long boolean', { args: ['--verbose'], options: opts });
show('short boolean', { args: ['-v'], options: opts });
show('long string', { args: ['--file', 'a.txt'], options: opts });
show('long string inline', { args: ['--file=a.txt'], options: opts });
show('long string inline empty', { args: ['--file='], options: opts });
show('long string inline eq', { args: ['--file=a=b'], options: opts });
show('short string', { args: ['-f', 'a.txt'], options: opts });
show('short string inline', { args: ['-fa.txt'], options: opts });
show('short group', { args: ['-vc'], options: opts });
show('short group with string', { args: ['-vcfa.txt'], options: opts });
show('short group string last', { args: ['-vf', 'x'], options: opts });
show('multiple', { args: ['-t', 'a', '--tag', 'b', '--tag=c', '-td'], options: opts });
show('multiple boolean', { args: ['-l', '-ll', '--level'], options: opts });
show('repeated single', { args: ['-f', 'a', '-f', 'b'], options: opts });
show('terminator', { args: ['-v', '--', '-f', '--x'], options: opts, allowPositionals: true });
show('lone dash', { args: ['-'], options: opts, allowPositionals: true });
show('positionals', { args: ['a', '-v', 'b'], options: opts, allowPositionals: true });
show('positional strict', { args: ['a'], options: opts });
show('unknown long', { args: ['--nope'], options: opts });
show('unknown short', { args: ['-x'], options: opts });
show('unknown with positionals', { args: ['-x'], options: opts, allowPositionals: true });
show('unknown in group', { args: ['-vx'], options: opts });
show('string missing', { args: ['--file'], options: opts });
show('short string missing', { args: ['-f'], options: opts });
show('boolean with value', { args: ['--verbose=yes'], options: opts });
show('short boolean with value', { args: ['-v=1'], options: opts });
show('ambiguous long', { args: ['--file', '-v'], options: opts });
show('ambiguous short', { args: ['-f', '--verbose'], options: opts });
show('dash value inline', { args: ['--file=-v'], options: opts });
show('dash value short inline', { args: ['-f-v'], options: opts });
show('single dash value', { args: ['--file', '-'], options: opts });
show('non-strict unknown', { args: ['--nope', '-x', '--k=v', 'pos', '-f'], options: opts, strict: false });
show('non-strict string missing', { args: ['--file'], options: opts, strict: false });
show('non-strict boolean value', { args: ['--verbose=1'], options: opts, strict: false });
show('non-strict no positionals', { args: ['p'], strict: false, allowPositionals: false });
show('defaults', {
  args: ['-v'],
  options: {
    verbose: { type: 'boolean', default: false },
    name: { type: 'string', default: 'anon' },
    list: { type: 'string', multiple: true, default: ['a', 'b'] },
    flags: { type: 'boolean', multiple: true, default: [true] },
    v: { type: 'boolean' },
  },
});
show('default overridden', { args: ['--name', 'x'], options: { name: { type: 'string', default: 'anon' } } });
show('negative', { args: ['--no-color'], options: opts, allowNegative: true });
show('negative then positive', { args: ['--no-color', '--color'], options: opts, allowNegative: true });
show('negative off', { args: ['--no-color'], options: opts });
show('negative string', { args: ['--no-file'], options: opts, allowNegative: true });
show('negative multiple', { args: ['--level', '--no-level'], options: opts, allowNegative: true });
show('negative non-strict', { args: ['--no-zzz'], strict: false, allowNegative: true });
show('proto', { args: ['--__proto__'], options: { __proto__: null, ['__proto__']: { type: 'boolean' } } });
show('tokens', { args: ['-vf', 'x', '--tag=a', 'p', '--', '-c'], options: opts, tokens: true, allowPositionals: true });
show('tokens group', { args: ['-vcl', '-fx'], options: opts, tokens: true });
show('tokens non-strict', { args: ['--a', '-b', '--c=1'], strict: false, tokens: true });
show('empty', { args: [] });
show('no options', { args: ['--x'], strict: false });

// Validation of the configuration.
show('args not array', { args: 'x' });
show('strict not boolean', { args: [], strict: 1 });
show('allowPositionals not boolean', { args: [], allowPositionals: 'yes' });
show('tokens not boolean', { args: [], tokens: 1 });
show('allowNegative not boolean', { args: [], allowNegative: 0 });
show('options not object', { args: [], options: 5 });
show('option not object', { args: [], options: { a: 5 } });
show('type invalid', { args: [], options: { a: { type: 'int' } } });
show('type missing', { args: [], options: { a: {} } });
show('short long', { args: [], options: { a: { type: 'string', short: 'ab' } } });
show('short not string', { args: [], options: { a: { type: 'string', short: 1 } } });
show('multiple not boolean', { args: [], options: { a: { type: 'string', multiple: 1 } } });
show('default type', { args: [], options: { a: { type: 'string', default: 1 } } });
show('default boolean type', { args: [], options: { a: { type: 'boolean', default: 'x' } } });
show('default array element', { args: [], options: { a: { type: 'string', multiple: true, default: ['a', 1] } } });
show('default boolean array', { args: [], options: { a: { type: 'boolean', multiple: true, default: [1] } } });
show('default not array', { args: [], options: { a: { type: 'string', multiple: true, default: 'a' } } });

// The error classes and codes.
assert.throws(() => parseArgs({ args: ['--x'] }), { name: 'TypeError', code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });
assert.throws(() => parseArgs({ args: ['x'] }), { name: 'TypeError', code: 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' });
// The default argument list is process.argv after the script: here, none.
assert.deepStrictEqual(parseArgs(), { values: { __proto__: null }, positionals: [] });
// The default for a multiple option is the given array itself.
const list = ['a'];
assert.strictEqual(parseArgs({ args: [], options: { l: { type: 'string', multiple: true, default: list } } }).values.l, list);
