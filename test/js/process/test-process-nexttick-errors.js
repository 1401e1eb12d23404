'use strict';
const assert = require('assert');
const common = require('../../common');
const seen = [];
process.on('uncaughtException', common.mustCall((err) => seen.push(err.message), 2));
process.nextTick(() => { throw new Error('t1'); });
process.nextTick(common.mustCall(() => seen.push('after t1')));
process.nextTick(() => { throw new Error('t2'); });
process.on('exit', () => assert.deepStrictEqual(seen, ['t1', 'after t1', 't2']));
