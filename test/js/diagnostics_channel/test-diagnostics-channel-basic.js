'use strict';
// diagnostics_channel: channel identity (string and symbol names), subscribe/unsubscribe by
// object and by name, hasSubscribers, publish arguments and order, a subscriber list fixed
// for a publish in progress, Channel/ActiveChannel shapes, and argument errors.
const common = require('../../common');
const assert = require('assert');
const util = require('util');
const dc = require('diagnostics_channel');

assert.deepStrictEqual(Object.keys(dc).sort(),
                       ['Channel', 'channel', 'hasSubscribers', 'subscribe', 'tracingChannel', 'unsubscribe']);
assert.strictEqual(require('node:diagnostics_channel'), dc);

const ch = dc.channel('test:basic');
assert.strictEqual(dc.channel('test:basic'), ch);
assert.ok(ch instanceof dc.Channel);
assert.strictEqual(ch.name, 'test:basic');
assert.strictEqual(ch.hasSubscribers, false);
assert.strictEqual(dc.hasSubscribers('test:basic'), false);
assert.strictEqual(dc.hasSubscribers('test:never-created'), false);
assert.strictEqual(util.inspect(ch),
                   "Channel {\n  _subscribers: undefined,\n  _stores: undefined,\n  name: 'test:basic',\n  _index: undefined\n}");
ch.publish('nobody listens');
assert.strictEqual(ch.unsubscribe(() => {}), false);

const seen = [];
const first = (message, name) => seen.push(['first', message, name]);
const second = (message, name) => seen.push(['second', message, name]);
assert.strictEqual(ch.subscribe(first), undefined);
assert.strictEqual(ch.hasSubscribers, true);
assert.ok(ch instanceof dc.Channel);
assert.strictEqual(util.inspect(ch).split('\n')[0], 'ActiveChannel {');
assert.strictEqual(dc.hasSubscribers('test:basic'), true);
assert.strictEqual(dc.subscribe('test:basic', second), undefined);
const msg = { a: 1 };
ch.publish(msg);
assert.deepStrictEqual(seen, [['first', msg, 'test:basic'], ['second', msg, 'test:basic']]);
assert.strictEqual(seen[0][1], msg);

assert.strictEqual(ch.unsubscribe(first), true);
assert.strictEqual(ch.unsubscribe(first), false);
assert.strictEqual(dc.unsubscribe('test:basic', second), true);
assert.strictEqual(dc.unsubscribe('test:basic', second), false);
assert.strictEqual(ch.hasSubscribers, false);
assert.strictEqual(util.inspect(ch).split('\n')[0], 'Channel {');
seen.length = 0;
ch.publish(1);
assert.deepStrictEqual(seen, []);

// The same function twice is called twice; unsubscribe removes one.
const twice = common.mustCall(() => {}, 3);
ch.subscribe(twice);
ch.subscribe(twice);
ch.publish(1);
ch.unsubscribe(twice);
ch.publish(2);
ch.unsubscribe(twice);
ch.publish(3);

// Subscribing or unsubscribing during a publish affects the next publish only.
const order = [];
const late = () => order.push('late');
const selfRemoving = () => {
  order.push('self');
  ch.unsubscribe(selfRemoving);
  ch.unsubscribe(other);
  ch.subscribe(late);
};
const other = () => order.push('other');
ch.subscribe(selfRemoving);
ch.subscribe(other);
ch.publish();
ch.publish();
assert.deepStrictEqual(order, ['self', 'other', 'late']);
ch.unsubscribe(late);

// Symbol names.
const sym = Symbol('test:symbol');
const symCh = dc.channel(sym);
assert.strictEqual(symCh.name, sym);
assert.strictEqual(dc.channel(sym), symCh);
dc.subscribe(sym, common.mustCall((message, name) => {
  assert.strictEqual(message, 'm');
  assert.strictEqual(name, sym);
}));
symCh.publish('m');

// An exception from a subscriber does not stop the others; it becomes an uncaught
// exception after the publisher's synchronous code.
const errCh = dc.channel('test:throws');
const boom = new Error('boom');
let afterPublish = false;
errCh.subscribe(() => { throw boom; });
errCh.subscribe(common.mustCall());
process.once('uncaughtException', common.mustCall((err) => {
  assert.strictEqual(err, boom);
  assert.strictEqual(afterPublish, true);
}));
errCh.publish('x');
afterPublish = true;

// Argument errors.
assert.throws(() => dc.channel(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "channel" argument must be one of type string or symbol. Received type number (1)',
});
assert.throws(() => dc.channel({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => ch.subscribe(null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "subscription" argument must be of type function. Received null',
});
assert.throws(() => dc.subscribe('test:basic', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "subscription" argument must be of type function. Received type number (1)',
});
assert.strictEqual(ch.hasSubscribers, false);
