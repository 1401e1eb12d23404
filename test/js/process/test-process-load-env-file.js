'use strict';
// process.loadEnvFile reads a .env file into process.env without overriding variables that
// are already set; a missing file throws fs's ENOENT error; util.parseEnv parses the same format.
require('../../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'node4j-envfile-'));
const file = path.join(dir, 'test.env');
fs.writeFileSync(file, [
  '# a comment',
  'LOAD_ENV_A=1',
  'LOAD_ENV_B="two words"',
  "LOAD_ENV_C='single'",
  'export LOAD_ENV_D=exported',
  'LOAD_ENV_KEEP=from-file',
  'LOAD_ENV_MULTI="line1',
  'line2"',
  'LOAD_ENV_EMPTY=',
  '',
].join('\n'));
process.env.LOAD_ENV_KEEP = 'already';
process.loadEnvFile(file);
assert.strictEqual(process.env.LOAD_ENV_A, '1');
assert.strictEqual(process.env.LOAD_ENV_B, 'two words');
assert.strictEqual(process.env.LOAD_ENV_C, 'single');
assert.strictEqual(process.env.LOAD_ENV_D, 'exported');
assert.strictEqual(process.env.LOAD_ENV_KEEP, 'already');
assert.strictEqual(process.env.LOAD_ENV_MULTI, 'line1\nline2');
assert.strictEqual(process.env.LOAD_ENV_EMPTY, '');

assert.deepStrictEqual({ ...util.parseEnv('X=1\nY = "a b" # c\n') }, { X: '1', Y: 'a b' });

assert.throws(() => process.loadEnvFile(path.join(dir, 'missing.env')), { code: 'ENOENT', syscall: 'open' });
assert.throws(() => process.loadEnvFile(42), { code: 'ERR_INVALID_ARG_TYPE' });
// A URL names the file too.
process.env.LOAD_ENV_A = 'changed';
process.loadEnvFile(new URL(`file://${file}`));
assert.strictEqual(process.env.LOAD_ENV_A, 'changed');
fs.rmSync(dir, { recursive: true });
