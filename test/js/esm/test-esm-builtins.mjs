// Builtins import as ES modules, with or without node:, default = the CommonJS exports.
import assert from 'node:assert';
import fs, { readFileSync } from 'node:fs';
import pathDefault, { join, sep } from 'path';
import * as eventsNs from 'node:events';
import { EventEmitter, once } from 'events';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
assert.strictEqual(fs, require('fs'));
assert.strictEqual(readFileSync, require('fs').readFileSync);
assert.strictEqual(pathDefault, require('node:path'));
assert.strictEqual(join('a', 'b'), `a${sep}b`);
assert.strictEqual(eventsNs.default, EventEmitter);
assert.strictEqual(typeof once, 'function');
assert.ok(Object.keys(eventsNs).includes('EventEmitter'));

const dynamic = await import('node:fs');
assert.strictEqual(dynamic.readFileSync, readFileSync);
assert.strictEqual(await import('fs'), await import('fs'));

await assert.rejects(import('node:no-such-builtin'), {
  code: 'ERR_UNKNOWN_BUILTIN_MODULE',
  message: 'No such built-in module: node:no-such-builtin',
});
console.log('ok');
