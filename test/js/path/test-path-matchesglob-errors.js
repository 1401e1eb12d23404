'use strict';
// path.matchesGlob argument errors and limits.
require('../../common');
const assert = require('assert');
const path = require('path');

for (const p of [path.posix, path.win32]) {
  assert.throws(() => p.matchesGlob(1, '*'), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: "The \"path\" argument must be of type string. Received type number (1)",
  });
  assert.throws(() => p.matchesGlob('a'), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: "The \"pattern\" argument must be of type string. Received undefined",
  });
  // The path is checked before the pattern.
  assert.throws(() => p.matchesGlob(null, null), { code: 'ERR_INVALID_ARG_TYPE', message: /"path"/ });
  // Patterns over 64 KiB are refused.
  assert.throws(() => p.matchesGlob('x', 'x'.repeat(64 * 1024 + 1)), { name: 'TypeError', message: 'pattern is too long' });
  assert.strictEqual(p.matchesGlob('x'.repeat(64 * 1024), 'x'.repeat(64 * 1024)), true);
  // Same pattern again (cached matcher) gives the same answers.
  for (let i = 0; i < 3; i++) {
    assert.strictEqual(p.matchesGlob('a/b.js', '**/*.js'), true);
    assert.strictEqual(p.matchesGlob('a/b.ts', '**/*.js'), false);
  }
}
// With a POSIX class the pattern compiles to a unicode RegExp, where escaped '-' or
// spaces are invalid: Node throws a SyntaxError.
assert.throws(() => path.posix.matchesGlob('a-x', '[[:alpha:]]-x'), SyntaxError);
assert.throws(() => path.posix.matchesGlob('a x', '[[:alpha:]] x'), SyntaxError);
assert.strictEqual(path.posix.matchesGlob('ax', '[[:alpha:]]x'), true);
