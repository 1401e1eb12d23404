const { test } = require('node:test');
const path = require('node:path');
test('fileSnapshot', (t) => {
  t.assert.fileSnapshot({ kind: 'file snapshot' }, path.join(__dirname, 'fixtures', 'file-snapshot.json'));
});
