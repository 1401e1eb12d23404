'use strict';
// addEventListener options: once, capture (part of the listener's identity), passive.
const common = require('../../common');
const assert = require('assert');

const et = new EventTarget();

// once
et.addEventListener('o', common.mustCall(), { once: true });
et.dispatchEvent(new Event('o'));
et.dispatchEvent(new Event('o'));

// Duplicates (same callback, same capture) are ignored; capture makes a second entry.
const f = common.mustCall(3);
et.addEventListener('d', f);
et.addEventListener('d', f);
et.addEventListener('d', f, { capture: false });
et.addEventListener('d', f, true);
et.dispatchEvent(new Event('d'));               // twice
et.removeEventListener('d', f);                 // removes the non-capture one
et.dispatchEvent(new Event('d'));               // once (capture)
et.removeEventListener('d', f, { capture: false });   // nothing left to remove
et.removeEventListener('d', f, { capture: true });
et.dispatchEvent(new Event('d'));

// A once listener added twice stays registered once.
const g = common.mustCall(1);
et.addEventListener('g', g, { once: true });
et.addEventListener('g', g, { once: true });
et.dispatchEvent(new Event('g'));
et.dispatchEvent(new Event('g'));

// passive listeners cannot cancel.
et.addEventListener('p', common.mustCall((e) => {
  e.preventDefault();
  assert.strictEqual(e.defaultPrevented, false);
}), { passive: true });
et.addEventListener('p', common.mustCall((e) => {
  e.preventDefault();                           // a later non-passive listener can
  assert.strictEqual(e.defaultPrevented, true);
}));
assert.strictEqual(et.dispatchEvent(new Event('p', { cancelable: true })), false);

// null options and boolean options.
et.addEventListener('n', common.mustCall(), null);
et.dispatchEvent(new Event('n'));

// Options objects are read, not kept: later changes do not matter.
const opts = { once: false };
et.addEventListener('m', common.mustCall(1), opts);
opts.once = true;
et.dispatchEvent(new Event('m'));
