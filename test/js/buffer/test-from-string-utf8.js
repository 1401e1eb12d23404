'use strict';
// Buffer.from(string) encodes UTF-8 by default: multi-byte characters, pairs, lone surrogates.
require('../../common');
const { run } = require('./harness');
const cases = [
  ["ascii", () => Buffer.from('hello')],
  ["two-byte", () => Buffer.from('héllo')],
  ["three-byte", () => Buffer.from('€uro')],
  ["four-byte pair", () => Buffer.from('a😀b')],
  ["lone high surrogate", () => Buffer.from('a\ud800b')],
  ["lone low surrogate", () => Buffer.from('\udc00')],
  ["high at end", () => Buffer.from('x\ud83d')],
  ["reversed pair", () => Buffer.from('\ude00\ud83d')],
  ["explicit utf8", () => Buffer.from('ü', 'utf8')],
  ["explicit utf-8", () => Buffer.from('ü', 'utf-8')],
  ["upper-case name", () => Buffer.from('ü', 'UTF8')],
  ["empty", () => Buffer.from('')],
  ["empty with encoding", () => Buffer.from('', 'hex')],
  ["nul char", () => Buffer.from('\u0000a')],
  ["undefined encoding", () => Buffer.from('abc', undefined)],
  ["number as encoding means utf8", () => Buffer.from('abc', 5)],
  ["length of BMP max", () => Buffer.from('\uffff').length],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": {"Buffer": "68656c6c6f"}},
  {"value": {"Buffer": "68c3a96c6c6f"}},
  {"value": {"Buffer": "e282ac75726f"}},
  {"value": {"Buffer": "61f09f988062"}},
  {"value": {"Buffer": "61efbfbd62"}},
  {"value": {"Buffer": "efbfbd"}},
  {"value": {"Buffer": "78efbfbd"}},
  {"value": {"Buffer": "efbfbdefbfbd"}},
  {"value": {"Buffer": "c3bc"}},
  {"value": {"Buffer": "c3bc"}},
  {"value": {"Buffer": "c3bc"}},
  {"value": {"Buffer": ""}},
  {"value": {"Buffer": ""}},
  {"value": {"Buffer": "0061"}},
  {"value": {"Buffer": "616263"}},
  {"value": {"Buffer": "616263"}},
  {"value": 3},
];
run(cases, expected);
