'use strict';
const common = require('../../common');
const t = setTimeout(common.mustNotCall(), 1);
clearTimeout(t);
const i = setImmediate(common.mustNotCall());
clearImmediate(i);
const iv = setInterval(common.mustNotCall(), 1);
clearInterval(iv);
// Clearing by the numeric id (Symbol.toPrimitive) works too.
const byId = setTimeout(common.mustNotCall(), 1);
clearTimeout(+byId);
// Clearing nothing or the wrong thing is harmless.
clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
clearImmediate(undefined);
// An immediate cleared by an earlier immediate does not run.
let second;
setImmediate(common.mustCall(() => clearImmediate(second)));
second = setImmediate(common.mustNotCall());
