'use strict';
// TextDecoder labels: trimmed, case-insensitive, WHATWG names.
require('../../common');
const { run } = require('../buffer/harness');
const enc = (l) => new TextDecoder(l).encoding;
const cases = [
  ["utf-8 labels", () => ['utf8', 'UTF-8', ' utf-8 ', '\tutf-8\n', 'unicode-1-1-utf-8', 'unicode11utf8', 'x-unicode20utf8'].map(enc)],
  ["utf-16 labels", () => ['utf-16', 'utf-16le', 'ucs-2', 'unicode', 'csunicode', 'unicodefeff', 'iso-10646-ucs-2'].map(enc)],
  ["utf-16be labels", () => ['utf-16be', 'unicodefffe'].map(enc)],
  ["windows-1252 labels", () => ['latin1', 'iso-8859-1', 'ascii', 'us-ascii', 'windows-1252', 'cp1252', 'l1', 'iso_8859-1:1987'].map(enc)],
  ["default", () => enc(undefined)],
  ["unknown", () => new TextDecoder('foo')],
  ["binary not a label", () => new TextDecoder('binary')],
  ["empty", () => new TextDecoder('')],
  ["null", () => new TextDecoder(null)],
  ["inner space not trimmed", () => new TextDecoder('utf 8')],
  ["options type", () => new TextDecoder('utf-8', 1)],
  ["options null", () => new TextDecoder('utf-8', null).fatal],
  ["flags", () => (() => { const d = new TextDecoder('utf-8', { fatal: 1, ignoreBOM: 'yes' }); return [d.fatal, d.ignoreBOM]; })()],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": ["utf-8", "utf-8", "utf-8", "utf-8", "utf-8", "utf-8", "utf-8"]},
  {"value": ["utf-16le", "utf-16le", "utf-16le", "utf-16le", "utf-16le", "utf-16le", "utf-16le"]},
  {"value": ["utf-16be", "utf-16be"]},
  {"value": ["windows-1252", "windows-1252", "windows-1252", "windows-1252", "windows-1252", "windows-1252", "windows-1252", "windows-1252"]},
  {"value": "utf-8"},
  {"throws": ["RangeError", "ERR_ENCODING_NOT_SUPPORTED", "The \"foo\" encoding is not supported"]},
  {"throws": ["RangeError", "ERR_ENCODING_NOT_SUPPORTED", "The \"binary\" encoding is not supported"]},
  {"throws": ["RangeError", "ERR_ENCODING_NOT_SUPPORTED", "The \"\" encoding is not supported"]},
  {"throws": ["RangeError", "ERR_ENCODING_NOT_SUPPORTED", "The \"null\" encoding is not supported"]},
  {"throws": ["RangeError", "ERR_ENCODING_NOT_SUPPORTED", "The \"utf 8\" encoding is not supported"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"options\" argument must be of type object. Received type number (1)"]},
  {"value": false},
  {"value": [true, true]},
];
run(cases, expected);
