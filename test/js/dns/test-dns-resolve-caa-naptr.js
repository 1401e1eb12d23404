'use strict';
// resolveCaa ({ critical, type, <tag>: value }) and resolveNaptr.
const common = require('../../common');
const assert = require('assert');
const dns = require('dns');
const { startServer } = require('../../fixtures/dns/server');

startServer({
  'caa.test': {
    CAA: [{ critical: 0, tag: 'issue', value: 'ca.example' }, { critical: 128, tag: 'iodef', value: 'mailto:sec@caa.test' }],
    NAPTR: [{ order: 100, preference: 10, flags: 'S', service: 'SIP+D2U', regexp: '', replacement: '_sip._udp.caa.test' },
      { order: 101, preference: 5, flags: 'U', service: 'E2U+sip', regexp: '!^.*$!sip:info@caa.test!', replacement: '' }],
  },
}, common.mustCall((server) => {
  const r = new dns.Resolver({ timeout: 10000, tries: 1 });
  r.setServers([server.address]);
  r.resolveCaa('caa.test', common.mustSucceed((caa) => {
    assert.deepStrictEqual(caa, [
      { critical: 0, type: 'CAA', issue: 'ca.example' },
      { critical: 128, type: 'CAA', iodef: 'mailto:sec@caa.test' },
    ]);
    r.resolveNaptr('caa.test', common.mustSucceed((naptr) => {
      assert.deepStrictEqual(naptr, [
        { flags: 'S', service: 'SIP+D2U', regexp: '', replacement: '_sip._udp.caa.test', order: 100, preference: 10, type: undefined },
        { flags: 'U', service: 'E2U+sip', regexp: '!^.*$!sip:info@caa.test!', replacement: '', order: 101, preference: 5, type: undefined },
      ]);
      server.close();
    }));
  }));
}));
