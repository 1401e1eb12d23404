const { test, snapshot } = require('node:test');
snapshot.setDefaultSnapshotSerializers([(value) => `<${typeof value}>`, (s) => s.toUpperCase()]);
test('custom serializers', (t) => {
  t.assert.snapshot('abc');
  t.assert.snapshot(1, { serializers: [(v) => `n=${v}`] });
});
