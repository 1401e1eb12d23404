'use strict';
// The readline module: Interface (callable without new, as in Node), createInterface, the
// cursor helpers and emitKeypressEvents; readline.promises loads on first use.

const {
  FunctionPrototypeCall,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  Promise,
  SymbolFor,
} = primordials;

const {
  Interface: BaseInterface,
  InterfaceConstructor,
} = require('internal/readline/interface');
const {
  clearLine,
  clearScreenDown,
  cursorTo,
  moveCursor,
} = require('internal/readline/callbacks');
const emitKeypressEvents = require('internal/readline/emitKeypressEvents');

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  FunctionPrototypeCall(InterfaceConstructor, this, input, output, completer, terminal);
}
ObjectSetPrototypeOf(Interface.prototype, BaseInterface.prototype);
ObjectSetPrototypeOf(Interface, BaseInterface);

// util.promisify(rl.question) resolves with the answer (and rejects with an AbortError when
// the signal fires), as Node's custom promisify does.
ObjectDefineProperty(BaseInterface.prototype.question, SymbolFor('nodejs.util.promisify.custom'), {
  __proto__: null,
  configurable: true,
  enumerable: false,
  writable: true,
  value: function question(query, options = {}) {
    return new Promise((resolve, reject) => {
      const signal = options?.signal;
      if (signal) {
        const { AbortError } = require('internal/errors');
        if (signal.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        signal.addEventListener('abort', () => {
          reject(new AbortError(undefined, { cause: signal.reason }));
        }, { __proto__: null, once: true });
      }
      this.question(query, options, resolve);
    });
  },
});

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

ObjectDefineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return require('readline/promises'); },
});
