'use strict';
// A _construct() error destroys the stream; pending writes fail; destroy()
// during construction waits for it.
const common = require('../../common');
const assert = require('assert');
const { Writable, Readable } = require('stream');

{
  const w = new Writable({ construct(cb) { cb(new Error('cerr')); }, write: common.mustNotCall() });
  const log = [];
  w.write('a', (e) => log.push(`wcb:${e.message}`));
  w.on('error', (e) => log.push(`error:${e.message}`));
  w.on('close', common.mustCall(() => {
    assert.deepStrictEqual(log, ['wcb:cerr', 'error:cerr']);
  }));
}
{
  const log = [];
  const r = new Readable({
    construct(cb) { setImmediate(() => { log.push('construct cb'); cb(); }); },
    read() {},
    destroy(err, cb) { log.push('_destroy'); cb(err); },
  });
  r.destroy();
  log.push('destroy called');
  r.on('close', common.mustCall(() => {
    assert.deepStrictEqual(log, ['destroy called', 'construct cb', '_destroy']);
  }));
}
