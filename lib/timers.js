'use strict';

const {
  Timeout,
  Immediate,
  active,
  clearTimeout,
  clearImmediate,
} = require('internal/timers');
const { validateFunction } = require('internal/validators');

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0: case 1: case 2: break;
    case 3: args = [arg1]; break;
    case 4: args = [arg1, arg2]; break;
    default:
      args = [arg1, arg2, arg3];
      for (let i = 5; i < arguments.length; i++) args[i - 2] = arguments[i];
  }
  const timeout = new Timeout(callback, after, args, false, true);
  active(timeout);
  return timeout;
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0: case 1: case 2: break;
    case 3: args = [arg1]; break;
    case 4: args = [arg1, arg2]; break;
    default:
      args = [arg1, arg2, arg3];
      for (let i = 5; i < arguments.length; i++) args[i - 2] = arguments[i];
  }
  const timeout = new Timeout(callback, repeat, args, true, true);
  active(timeout);
  return timeout;
}

function clearInterval(timer) {
  clearTimeout(timer);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0: case 1: break;
    case 2: args = [arg1]; break;
    case 3: args = [arg1, arg2]; break;
    default:
      args = [arg1, arg2, arg3];
      for (let i = 4; i < arguments.length; i++) args[i - 1] = arguments[i];
  }
  return new Immediate(callback, args);
}

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
};

Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    return require('timers/promises');
  },
});
