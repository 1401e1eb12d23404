// exit: 0
'use strict';
function inner() {
  console.trace('trace %d', 1);
}
inner();
