'use strict';
// flags, start and encoding options of createWriteStream.
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), '0123456789');
const a = fs.createWriteStream(p('f'), { flags: 'r+', start: 2 });
a.end('ab', common.mustCall(() => {
  a.on('close', common.mustCall(() => {
    assert.strictEqual(fs.readFileSync(p('f'), 'utf8'), '01ab456789');
    const b = fs.createWriteStream(p('f'), { flags: 'a' });
    b.write('X');
    b.end('Y');
    b.on('close', common.mustCall(() => {
      assert.strictEqual(fs.readFileSync(p('f'), 'utf8'), '01ab456789XY');
      const c = fs.createWriteStream(p('g'), { encoding: 'hex' });
      c.end('414243');
      c.on('close', common.mustCall(() => {
        assert.strictEqual(fs.readFileSync(p('g'), 'utf8'), 'ABC');
      }));
    }));
  }));
}));
assert.throws(() => fs.createWriteStream(p('h'), { start: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.createWriteStream(p('h'), { start: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
