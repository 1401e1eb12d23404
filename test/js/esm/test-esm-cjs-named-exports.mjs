// Importing CommonJS: default is module.exports, named exports are what a static read of the
// source finds (Node's cjs-module-lexer rules), plus 'module.exports'.
import assert from 'node:assert';
import * as dot from '../../fixtures/esm/cjs/exports-dot.cjs';
import * as literal from '../../fixtures/esm/cjs/literal.cjs';
import * as define from '../../fixtures/esm/cjs/define.cjs';
import * as reexport from '../../fixtures/esm/cjs/reexport.cjs';
import * as spread from '../../fixtures/esm/cjs/spread.cjs';
import * as tricky from '../../fixtures/esm/cjs/tricky.cjs';
import greet, { extra } from '../../fixtures/esm/cjs/function.cjs';
import primitive, * as primitiveNs from '../../fixtures/esm/cjs/primitive.cjs';
import { alpha, gamma } from '../../fixtures/esm/cjs/exports-dot.cjs';

assert.deepStrictEqual(Object.keys(dot), ['alpha', 'beta', 'default', 'gamma', 'module.exports', 'neverRuns', 'with-dash']);
assert.strictEqual(dot.neverRuns, undefined);
assert.strictEqual(dot['with-dash'], 4);
assert.strictEqual(dot.default, dot['module.exports']);
assert.deepStrictEqual(dot.default, { alpha: 1, beta: 2, gamma: 3, 'with-dash': 4 });
assert.strictEqual(alpha + gamma, 4);

// `key: identifier` and shorthand count; the first other value ends the scan
assert.deepStrictEqual(Object.keys(literal), ['default', 'module.exports', 'one', 'two']);
assert.strictEqual(literal.default.three, 3);
assert.strictEqual(literal.two(), 2);

// __esModule, value and simple getters count; a computed getter does not
assert.deepStrictEqual(Object.keys(define), ['__esModule', 'default', 'module.exports', 'viaGetter', 'viaValue']);
assert.strictEqual(define.default.default, 'the default');
assert.strictEqual(define.viaGetter, 'x');

assert.deepStrictEqual(Object.keys(reexport), ['alpha', 'beta', 'default', 'gamma', 'module.exports', 'neverRuns', 'with-dash']);
assert.deepStrictEqual(Object.keys(spread), ['default', 'module.exports', 'one', 'own', 'two']);
assert.deepStrictEqual(Object.keys(tricky), ['default', 'module.exports', 'real']);
assert.strictEqual(tricky.real, 3);

assert.strictEqual(greet('esm'), 'hi esm');
assert.strictEqual(extra, 'extra');
assert.strictEqual(primitive, 42);
assert.deepStrictEqual(Object.keys(primitiveNs), ['default', 'module.exports']);
console.log('ok');
