// exit: 1
const { test } = require('node:test');
test('plan met', (t) => { t.plan(2); t.assert.ok(true); t.assert.strictEqual(1, 1); });
test('plan counts subtests', async (t) => { t.plan(2); await t.test('a', () => {}); t.assert.ok(true); });
test('plan option', { plan: 1 }, (t) => { t.assert.ok(1); });
test('plan not met', (t) => { t.plan(3); t.assert.ok(true); });
test('plan exceeded', (t) => { t.plan(1); t.assert.ok(true); t.assert.ok(true); });
