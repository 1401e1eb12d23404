'use strict';
// resolveObjectURL: only blob:nodedata: URLs can resolve; everything else is undefined.
require('../../common');
const { run } = require('./harness');
const { resolveObjectURL } = require('buffer');
const cases = [
  ["http", () => resolveObjectURL('http://example.com/')],
  ["number", () => resolveObjectURL(1)],
  ["garbage", () => resolveObjectURL('nope')],
  ["blob other origin", () => resolveObjectURL('blob:http://example.com/1234')],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": {"undefined": true}},
  {"value": {"undefined": true}},
  {"value": {"undefined": true}},
  {"value": {"undefined": true}},
];
run(cases, expected);
