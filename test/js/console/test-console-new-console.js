'use strict';
const assert = require('assert');
const { Console } = require('console');
const { Writable } = require('stream');
const chunks = [];
const sink = new Writable({ write(c, e, cb) { chunks.push(String(c)); cb(); } });
const c = new Console({ stdout: sink, stderr: sink });
c.log('hello %s', 'world');
c.error({ e: 1 });
c.table([{ a: 1 }]);
assert.deepStrictEqual(chunks.slice(0, 2), ['hello world\n', '{ e: 1 }\n']);
assert.ok(c instanceof Console);
const c2 = new Console(sink);
c2.warn('warn to the same stream');
assert.strictEqual(chunks.at(-1), 'warn to the same stream\n');
assert.throws(() => new Console({}), {
  code: 'ERR_CONSOLE_WRITABLE_STREAM',
  message: 'Console expects a writable stream instance for stdout',
});
