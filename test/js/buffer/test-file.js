'use strict';
// File: name, lastModified, Blob behaviour.
require('../../common');
const { run } = require('./harness');
const { File, Blob } = require('buffer');
const util = require('util');
const f = new File(['abc'], 'a.txt', { type: 'text/plain', lastModified: 42 });
const cases = [
  ["fields", () => [f.name, f.size, f.type, f.lastModified]],
  ["is blob", () => f instanceof Blob],
  ["inspect", () => util.inspect(f)],
  ["toStringTag", () => Object.prototype.toString.call(f)],
  ["missing name", () => new File(['a'])],
  ["missing all", () => new File()],
  ["default lastModified is now", () => Math.abs(new File([], 'x').lastModified - Date.now()) < 5000],
  ["name coerced", () => new File([], 1).name],
  ["lastModified coerced", () => [new File([], 'x', { lastModified: '5' }).lastModified, new File([], 'x', { lastModified: 1.9 }).lastModified, new File([], 'x', { lastModified: 'x' }).lastModified]],
  ["name getter on prototype", () => (() => { try { return File.prototype.name; } catch (e) { return [e.name, e.code]; } })()],
  ["global", () => globalThis.File === File],
  ["name length", () => [File.name, File.length]],
  ["slice is a Blob", () => Object.prototype.toString.call(f.slice(1))],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": ["a.txt", 3, "text/plain", 42]},
  {"value": true},
  {"value": "File { size: 3, type: 'text/plain', name: 'a.txt', lastModified: 42 }"},
  {"value": "[object File]"},
  {"throws": ["TypeError", "ERR_MISSING_ARGS", "The \"fileBits\" and \"fileName\" arguments must be specified"]},
  {"throws": ["TypeError", "ERR_MISSING_ARGS", "The \"fileBits\" and \"fileName\" arguments must be specified"]},
  {"value": true},
  {"value": "1"},
  {"value": [5, 1.9, 0]},
  {"value": ["TypeError", "ERR_INVALID_THIS"]},
  {"value": true},
  {"value": ["File", 2]},
  {"value": "[object Blob]"},
];
run(cases, expected);
