// A builtin's named exports keep their values until module.syncBuiltinESMExports() re-reads
// the builtin's properties (a deleted one reads undefined); the default export is the object.
import assert from 'node:assert';
import fs, { readFileSync, existsSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const original = fs.readFileSync;
const originalExists = fs.existsSync;
fs.readFileSync = () => 'patched';
assert.strictEqual(readFileSync, original);
syncBuiltinESMExports();
assert.strictEqual(readFileSync(), 'patched');
const ns = await import('node:fs');
assert.strictEqual(ns.readFileSync(), 'patched');

delete fs.existsSync;
syncBuiltinESMExports();
assert.strictEqual(existsSync, undefined);

fs.readFileSync = original;
fs.existsSync = originalExists;
syncBuiltinESMExports();
assert.strictEqual(readFileSync, original);
assert.strictEqual(existsSync, originalExists);
assert.strictEqual(ns.default, fs);
