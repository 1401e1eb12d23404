'use strict';
const assert = require('assert');
for (const name of ['print', 'printErr', 'load', 'loadWithNewGlobal', 'Graal', 'Polyglot', 'Java',
  'Packages', 'java', 'javax', 'com', 'org', 'edu', 'javafx', 'quit', 'read', 'readbuffer', 'readline',
  'arguments', 'Debug']) {
  assert.strictEqual(name in globalThis, false, `unexpected global ${name}`);
}
