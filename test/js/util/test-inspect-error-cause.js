'use strict';
// util.inspect: error causes, AggregateError errors, cause frames folded.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

function withStack(err, stack) { err.stack = stack; return err; }
const frames = '\n    at a (/app/a.js:1:1)\n    at b (/app/b.js:2:2)\n    at c (/app/c.js:3:3)\n    at d (/app/d.js:4:4)\n    at e (/app/e.js:5:5)';
const root = withStack(new Error('root'), 'Error: root' + frames);
const wrapped = withStack(new Error('wrapped', { cause: root }), 'Error: wrapped\n    at w (/app/w.js:9:9)' + frames);
const primitiveCause = withStack(new Error('p', { cause: 'just a string' }), 'Error: p\n    at x (/app/x.js:1:1)');
const objCause = withStack(new Error('o', { cause: { code: 42, detail: { deep: true } } }), 'Error: o\n    at x (/app/x.js:1:1)');
const undefCause = withStack(new Error('u', { cause: undefined }), 'Error: u\n    at x (/app/x.js:1:1)');
const chain = withStack(new Error('top', { cause: withStack(new Error('mid', { cause: withStack(new Error('bottom'), 'Error: bottom\n    at z (/app/z.js:1:1)') }), 'Error: mid\n    at y (/app/y.js:1:1)') }), 'Error: top\n    at x (/app/x.js:1:1)');
const agg = withStack(new AggregateError([withStack(new Error('e1'), 'Error: e1\n    at one (/app/1.js:1:1)'), withStack(new TypeError('e2'), 'TypeError: e2\n    at two (/app/2.js:2:2)')], 'many'), 'AggregateError: many\n    at agg (/app/agg.js:1:1)');
const assignedCause = withStack(new Error('ac'), 'Error: ac\n    at x (/app/x.js:1:1)'); assignedCause.cause = 'enumerable';
const selfCause = withStack(new Error('self'), 'Error: self\n    at x (/app/x.js:1:1)'); Object.defineProperty(selfCause, 'cause', { value: selfCause });

assert.strictEqual(util.inspect(wrapped),
                   'Error: wrapped\n    at w (/app/w.js:9:9)\n    at a (/app/a.js:1:1)\n    ... 3 lines matching cause stack trace ...\n    at e (/app/e.js:5:5) {\n  [cause]: Error: root\n      at a (/app/a.js:1:1)\n      at b (/app/b.js:2:2)\n      at c (/app/c.js:3:3)\n      at d (/app/d.js:4:4)\n      at e (/app/e.js:5:5)\n}');
assert.strictEqual(util.inspect(primitiveCause),
                   'Error: p\n    at x (/app/x.js:1:1) {\n  [cause]: \'just a string\'\n}');
assert.strictEqual(util.inspect(objCause),
                   'Error: o\n    at x (/app/x.js:1:1) {\n  [cause]: { code: 42, detail: { deep: true } }\n}');
assert.strictEqual(util.inspect(undefCause),
                   'Error: u\n    at x (/app/x.js:1:1) {\n  [cause]: undefined\n}');
assert.strictEqual(util.inspect(chain),
                   'Error: top\n    at x (/app/x.js:1:1) {\n  [cause]: Error: mid\n      at y (/app/y.js:1:1) {\n    [cause]: Error: bottom\n        at z (/app/z.js:1:1)\n  }\n}');
assert.strictEqual(util.inspect(chain, { depth: 0 }),
                   'Error: top\n    at x (/app/x.js:1:1) {\n  [cause]: [Error]\n}');
assert.strictEqual(util.inspect(agg),
                   'AggregateError: many\n    at agg (/app/agg.js:1:1) {\n  [errors]: [\n    Error: e1\n        at one (/app/1.js:1:1),\n    TypeError: e2\n        at two (/app/2.js:2:2)\n  ]\n}');
assert.strictEqual(util.inspect(assignedCause),
                   'Error: ac\n    at x (/app/x.js:1:1) {\n  cause: \'enumerable\'\n}');
assert.strictEqual(util.inspect(selfCause),
                   '<ref *1> Error: self\n    at x (/app/x.js:1:1) {\n  [cause]: [Circular *1]\n}');
assert.strictEqual(util.inspect({ wrapped }),
                   '{\n  wrapped: Error: wrapped\n      at w (/app/w.js:9:9)\n      at a (/app/a.js:1:1)\n      ... 3 lines matching cause stack trace ...\n      at e (/app/e.js:5:5) {\n    [cause]: Error: root\n        at a (/app/a.js:1:1)\n        at b (/app/b.js:2:2)\n        at c (/app/c.js:3:3)\n        at d (/app/d.js:4:4)\n        at e (/app/e.js:5:5)\n  }\n}');
assert.strictEqual(util.inspect(agg, { compact: false }),
                   'AggregateError: many\n    at agg (/app/agg.js:1:1) {\n  [errors]: [\n    Error: e1\n        at one (/app/1.js:1:1),\n    TypeError: e2\n        at two (/app/2.js:2:2)\n  ]\n}');
assert.strictEqual(util.inspect(new AggregateError([], 'none')).split('\n')[0],
                   'AggregateError: none');
