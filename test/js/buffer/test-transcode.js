'use strict';
// buffer.transcode between utf8, utf16le/ucs2, latin1/binary and ascii.
require('../../common');
const { run } = require('./harness');
const { transcode } = require('buffer');
const cases = [
  ["utf8 to ascii", () => transcode(Buffer.from('h\u20acllo'), 'utf8', 'ascii')],
  ["utf8 to latin1", () => transcode(Buffer.from('h\u00e9\u20ac'), 'utf8', 'latin1')],
  ["utf8 to ucs2", () => transcode(Buffer.from('h\u00e9'), 'utf8', 'ucs2')],
  ["latin1 to utf8", () => transcode(Buffer.from('h\u00e9', 'latin1'), 'latin1', 'utf8')],
  ["ucs2 to utf8", () => transcode(Buffer.from('a\u20ac', 'utf16le'), 'utf16le', 'utf8')],
  ["emoji to latin1", () => transcode(Buffer.from('\ud83d\ude00'), 'utf8', 'latin1')],
  ["invalid utf8 to latin1", () => transcode(Buffer.from([0xff, 0x61]), 'utf8', 'latin1')],
  ["invalid utf8 to ucs2", () => transcode(Buffer.from([0xff, 0x61]), 'utf8', 'utf16le')],
  ["odd ucs2 to utf8", () => transcode(Buffer.from([0x61]), 'ucs2', 'utf8')],
  ["lone surrogate ucs2 to utf8", () => transcode(Buffer.from([0x3d, 0xd8, 0x61, 0]), 'ucs2', 'utf8')],
  ["lone surrogate ucs2 to latin1", () => transcode(Buffer.from([0x3d, 0xd8, 0x61, 0]), 'ucs2', 'latin1')],
  ["ascii high to utf8", () => transcode(Buffer.from([0x80, 0x61]), 'ascii', 'utf8')],
  ["ascii high to latin1", () => transcode(Buffer.from([0x80, 0x61]), 'ascii', 'latin1')],
  ["latin1 to ucs2", () => transcode(Buffer.from([0x80, 0x61]), 'latin1', 'ucs2')],
  ["same encoding", () => transcode(Buffer.from('a'), 'utf8', 'utf8')],
  ["aliases", () => transcode(Buffer.from('a'), 'UTF-8', 'Binary')],
  ["empty", () => transcode(Buffer.alloc(0), 'foo', 'bar')],
  ["unsupported", () => transcode(Buffer.from('a'), 'utf8', 'hex')],
  ["error keys", () => (() => { try { transcode(Buffer.from('a'), 'utf8', 'hex'); } catch (e) { return [Object.keys(e), e.errno]; } })()],
  ["bad source", () => transcode('a', 'utf8', 'latin1')],
  ["uint8array source", () => transcode(new Uint8Array([0x61]), 'latin1', 'utf8')],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": {"Buffer": "683f6c6c6f"}},
  {"value": {"Buffer": "68e93f"}},
  {"value": {"Buffer": "6800e900"}},
  {"value": {"Buffer": "68c3a9"}},
  {"value": {"Buffer": "61e282ac"}},
  {"value": {"Buffer": "3f"}},
  {"value": {"Buffer": "3f61"}},
  {"throws": ["Error", "U_INVALID_CHAR_FOUND", "Unable to transcode Buffer [U_INVALID_CHAR_FOUND]"]},
  {"throws": ["Error", "U_INVALID_CHAR_FOUND", "Unable to transcode Buffer [U_INVALID_CHAR_FOUND]"]},
  {"throws": ["Error", "U_INVALID_CHAR_FOUND", "Unable to transcode Buffer [U_INVALID_CHAR_FOUND]"]},
  {"value": {"Buffer": "3f61"}},
  {"value": {"Buffer": "efbfbd61"}},
  {"value": {"Buffer": "3f61"}},
  {"value": {"Buffer": "80006100"}},
  {"value": {"Buffer": "61"}},
  {"value": {"Buffer": "61"}},
  {"value": {"Buffer": ""}},
  {"throws": ["Error", "U_ILLEGAL_ARGUMENT_ERROR", "Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]"]},
  {"value": [["code", "errno"], 1]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"source\" argument must be an instance of Buffer or Uint8Array. Received type string ('a')"]},
  {"value": {"Buffer": "61"}},
];
run(cases, expected);
