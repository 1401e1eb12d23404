// Builtins have named exports that are the CommonJS exports’ properties.
import assert from 'node:assert';

import fs, { readFileSync, promises } from 'node:fs';
import { EventEmitter, once } from 'events';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
assert.strictEqual(readFileSync, require('fs').readFileSync);
assert.strictEqual(fs, require('fs'));
assert.strictEqual(promises, require('fs').promises);
assert.strictEqual(EventEmitter, require('events'));
assert.strictEqual(typeof once, 'function');
assert.strictEqual(join('a', 'b'), 'a/b');
assert.strictEqual(typeof promisify, 'function');
