'use strict';
// toJSON and JSON.stringify.
require('../../common');
const { run } = require('./harness');
const cases = [
  ["basic", () => Buffer.from([1, 2, 3]).toJSON()],
  ["empty", () => Buffer.alloc(0).toJSON()],
  ["stringify", () => JSON.stringify(Buffer.from('hi'))],
  ["round trip", () => Buffer.from(JSON.parse(JSON.stringify(Buffer.from('hi'))))],
  ["nested", () => JSON.stringify({ b: Buffer.from([255]) })],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": {"type": "Buffer", "data": [1, 2, 3]}},
  {"value": {"type": "Buffer", "data": []}},
  {"value": "{\"type\":\"Buffer\",\"data\":[104,105]}"},
  {"value": {"Buffer": "6869"}},
  {"value": "{\"b\":{\"type\":\"Buffer\",\"data\":[255]}}"},
];
run(cases, expected);
