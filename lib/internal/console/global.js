'use strict';
// The global console: a Console over process.stdout/stderr whose streams are looked up on
// each write, so replacing process.stdout later still works, as in Node.

const { Console, kBindStreamsLazy } = require('internal/console/constructor');

const console = Console[kBindStreamsLazy]();

module.exports = { console };
