// exit: 1
const { test, snapshot } = require('node:test');
const path = require('node:path');
snapshot.setResolveSnapshotPath(() => path.join(__dirname, 'fixtures', 'no-such.snapshot'));
test('no snapshot file', (t) => { t.assert.snapshot(1); });
