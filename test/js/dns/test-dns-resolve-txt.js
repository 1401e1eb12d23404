'use strict';
// resolveTxt: one array of strings per record (a record's character-strings stay apart); bytes
// become one character each (latin1), as in Node.
const common = require('../../common');
const assert = require('assert');
const dns = require('dns');
const { startServer } = require('../../fixtures/dns/server');

startServer({
  'txt.test': { TXT: [['v=spf1 -all'], ['part one ', 'part two'], ['', 'ünïcödé']] },
}, common.mustCall((server) => {
  const r = new dns.Resolver({ timeout: 10000, tries: 1 });
  r.setServers([server.address]);
  r.resolveTxt('txt.test', common.mustSucceed((txt) => {
    assert.deepStrictEqual(txt, [['v=spf1 -all'], ['part one ', 'part two'], ['', 'Ã¼nÃ¯cÃ¶dÃ©']]);
    assert.strictEqual(Buffer.from(txt[2][1], 'latin1').toString(), 'ünïcödé');
    server.close();
  }));
}));
