'use strict';
// Ed25519 keys and signatures made by reference Node and by node4j import, verify and re-export
// alike in both (test/fixtures/keys/webcrypto).
const common = require('../../common');
const { signatures } = require('../../fixtures/keys/webcrypto/check');

signatures('Ed25519').then(common.mustCall());
