'use strict';
// The WebIDL DOMException (a global), as Node 24 has it: an Error subclass by prototype
// whose name, message and code are brand-checked accessors, with the legacy code constants
// (INDEX_SIZE_ERR = 1 ... DATA_CLONE_ERR = 25) on both the constructor and the prototype.
//   new DOMException(message = '', options = 'Error')
// options is the name, or { name, cause }.

const {
  ErrorCaptureStackTrace,
  ErrorPrototype,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  SafeMap,
  SymbolToStringTag,
  TypeError,
} = primordials;

// [error name, legacy constant], code = index + 1. The names of codes 2, 6 and 16 are
// historical: the constants exist but those names get code 0.
const legacyCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR'],
  ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR'],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR'],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR'],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR'],
  ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR'],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR'],
  ['NotFoundError', 'NOT_FOUND_ERR'],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR'],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR'],
  ['InvalidStateError', 'INVALID_STATE_ERR'],
  ['SyntaxError', 'SYNTAX_ERR'],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR'],
  ['NamespaceError', 'NAMESPACE_ERR'],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR'],
  ['ValidationError', 'VALIDATION_ERR'],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR'],
  ['SecurityError', 'SECURITY_ERR'],
  ['NetworkError', 'NETWORK_ERR'],
  ['AbortError', 'ABORT_ERR'],
  ['URLMismatchError', 'URL_MISMATCH_ERR'],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR'],
  ['TimeoutError', 'TIMEOUT_ERR'],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR'],
  ['DataCloneError', 'DATA_CLONE_ERR'],
];
const codeOfName = new SafeMap();

// Node words this one without "type".
function invalidThis() {
  const err = new TypeError('Value of "this" must be of DOMException');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

let isDOMException;

class DOMException {
  #name;
  #message;

  static {
    isDOMException = (value) => value !== null && typeof value === 'object' && #name in value;
  }

  constructor(message = '', options = 'Error') {
    this.#message = `${message}`;
    if (options !== null && typeof options === 'object') {
      if ('cause' in options) {
        ObjectDefineProperty(this, 'cause', {
          __proto__: null, value: options.cause, writable: true, enumerable: false, configurable: true,
        });
      }
      this.#name = `${options.name}`;
    } else {
      this.#name = `${options}`;
    }
    ErrorCaptureStackTrace(this);
  }

  get name() {
    if (!isDOMException(this)) throw invalidThis();
    return this.#name;
  }

  get message() {
    if (!isDOMException(this)) throw invalidThis();
    return this.#message;
  }

  get code() {
    if (!isDOMException(this)) throw invalidThis();
    return codeOfName.get(this.#name) ?? 0;
  }
}

ObjectSetPrototypeOf(DOMException.prototype, ErrorPrototype);

const enumerable = { __proto__: null, enumerable: true };
ObjectDefineProperties(DOMException.prototype, {
  name: enumerable,
  message: enumerable,
  code: enumerable,
});
for (let i = 0; i < legacyCodes.length; i++) {
  const { 0: name, 1: constant } = legacyCodes[i];
  const code = i + 1;
  if (code !== 2 && code !== 6 && code !== 16) codeOfName.set(name, code);
  const desc = { __proto__: null, value: code, writable: false, enumerable: true, configurable: false };
  ObjectDefineProperty(DOMException, constant, desc);
  ObjectDefineProperty(DOMException.prototype, constant, desc);
}
ObjectDefineProperty(DOMException.prototype, SymbolToStringTag, {
  __proto__: null, value: 'DOMException', writable: false, enumerable: false, configurable: true,
});

module.exports = {
  DOMException,
};
