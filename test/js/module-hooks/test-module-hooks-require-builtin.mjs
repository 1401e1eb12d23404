// require() of a builtin passes through the hooks.
import assert from 'node:assert';
import { registerHooks } from 'node:module';

import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const seen = [];
registerHooks({ resolve(s, c, next) { const r = next(s, c); seen.push([r.url, r.format]); return r; } });
assert.strictEqual(require('node:os').EOL, '\n');
assert.deepStrictEqual(seen, [['node:os', 'builtin']]);
