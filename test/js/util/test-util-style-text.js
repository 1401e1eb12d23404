'use strict';
// util.styleText: codes for one style or a list, 'none', a style's own closing code inside
// the text re-opening it, format/text/stream validation, and whether the stream gets
// colours (TTY, getColorDepth, validateStream: false). Compared with reference Node (.out).
require('../../common');
const assert = require('assert');
const util = require('util');
const { Writable, Readable } = require('stream');

delete process.env.FORCE_COLOR;
const raw = (format, text) => util.styleText(format, text, { validateStream: false });
const show = (label, fn) => {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};

show('red', () => raw('red', 'x'));
show('list', () => raw(['bold', 'red', 'bgBlue', 'underline'], 'x'));
show('none', () => raw('none', 'x'));
show('none in list', () => raw(['none', 'italic'], 'x'));
show('empty list', () => raw([], 'x'));
show('nested', () => raw('red', `a${raw('blue', 'b')}c`));
show('nested bold/dim', () => raw('bold', `a${raw('dim', 'b')}c`));
show('close at end', () => raw('red', 'a\u001b[39m'));
show('close twice', () => raw('red', 'a\u001b[39m\u001b[39m'));
show('close at start', () => raw('red', '\u001b[39ma'));
show('22 inside', () => raw(['bold', 'dim'], 'a\u001b[22mb'));
show('two styles', () => raw(['red', 'bgBlue'], 'a\u001b[39mb\u001b[49mc'));
show('reset', () => raw('reset', 'a\u001b[0mb'));
show('aliases', () => ['grey', 'faint', 'crossedout', 'swapColors', 'conceal', 'doubleUnderline',
                       'framed', 'overlined', 'blackBright', 'bgGrey'].map((s) => raw(s, '.')));
show('every color', () => Object.keys(util.inspect.colors).map((s) => raw(s, '')).join(''));
show('bad format', () => raw('nope', 'x'));
show('bad format in list', () => raw(['red', 'nope'], 'x'));
show('format number', () => raw(5, 'x'));
show('text number', () => raw('red', 5));
show('validateStream number', () => util.styleText('red', 'x', { validateStream: 1 }));
show('stream object', () => util.styleText('red', 'x', { stream: {} }));
show('stream null', () => util.styleText('red', 'x', { stream: null }));

const w = new Writable({ write(chunk, enc, cb) { cb(); } });
show('not a tty', () => util.styleText('red', 'x', { stream: w }));
show('bad format, no colors', () => util.styleText('nope', 'x', { stream: w }));
w.isTTY = true;
show('tty', () => util.styleText('red', 'x', { stream: w }));
w.getColorDepth = () => 8;
show('tty 8 bit', () => util.styleText('red', 'x', { stream: w }));
w.getColorDepth = () => 1;
show('tty 1 bit', () => util.styleText('red', 'x', { stream: w }));
show('readable', () => util.styleText('red', 'x', { stream: new Readable({ read() {} }) }));

process.env.FORCE_COLOR = '1';
show('FORCE_COLOR=1', () => util.styleText('red', 'x', { stream: new Readable({ read() {} }) }));
process.env.FORCE_COLOR = '0';
w.getColorDepth = () => 24;
show('FORCE_COLOR=0', () => util.styleText('red', 'x', { stream: w }));
process.env.FORCE_COLOR = '3';
show('FORCE_COLOR=3', () => util.styleText('red', 'x', { stream: new Readable({ read() {} }) }));
delete process.env.FORCE_COLOR;

assert.strictEqual(Object.keys(util.inspect.colors).length, 44);
