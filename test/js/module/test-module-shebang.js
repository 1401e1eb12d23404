#!/usr/bin/env node
'use strict';
const assert = require('assert');
const err = new Error('here');
// The hashbang line keeps line numbers: the error above is on line 4.
assert.ok(err.stack.split('\n')[1].includes(`${__filename}:4:13`), err.stack);
