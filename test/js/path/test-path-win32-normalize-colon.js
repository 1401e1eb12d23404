'use strict';
// path.win32.normalize never turns a relative path into a drive or device path (CON:, x/../c:, a:).
require('../../common');
const assert = require('assert');
const path = require('path');

const call = path.win32.normalize;
const cases = [
  [["CON:"], ".\\CON:."],
  [["con:x"], ".\\con:x"],
  [["CON:\\x"], ".\\CON:x"],
  [["CON:..\\..\\x"], ".\\CON:..\\..\\x"],
  [["prn:."], ".\\prn:."],
  [["nul:.."], ".\\nul:.."],
  [["Nul:a/../.."], ".\\Nul:.."],
  [["AUX:a"], ".\\AUX:a"],
  [["COM1:"], ".\\COM1:."],
  [["COM9:"], ".\\COM9:."],
  [["COM0:"], ".\\COM0:"],
  [["LPT1:"], ".\\LPT1:."],
  [["lpt9:"], ".\\lpt9:."],
  [["COM¹:"], ".\\COM¹:."],
  [["LPT²:"], ".\\LPT²:."],
  [["CON.txt:"], ".\\CON.txt:"],
  [["CONIN$:"], ".\\CONIN$:"],
  [["x/../c:"], ".\\c:"],
  [["x/../c:a"], ".\\c:a"],
  [["x/../c:/a"], ".\\c:\\a"],
  [["a:"], "a:."],
  [["ab:"], ".\\ab:"],
  [["ab:/"], ".\\ab:\\"],
  [["ab:x"], "ab:x"],
  [["a/b:"], ".\\a\\b:"],
  [["a/b:/c"], ".\\a\\b:\\c"],
  [["::"], ".\\::"],
  [["x:CON:"], "x:CON:"],
  [["c:CON:"], "c:CON:"],
  [["./con:"], ".\\con:"],
  [["a/CON:"], ".\\a\\CON:"],
  [["aux :"], ".\\aux :"],
  [["file.txt:stream"], "file.txt:stream"],
  [["a\\:b"], "a\\:b"],
  [[":x"], ":x"],
];
for (const [args, expected] of cases) {
  assert.strictEqual(call(...args), expected, `${JSON.stringify(args)}`);
}
