'use strict';
// File: a Blob with a name and a modification time.

const {
  DateNow,
  NumberIsNaN,
  ObjectDefineProperties,
  SymbolFor,
  SymbolToStringTag,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS },
} = require('internal/errors');
const { Blob } = require('internal/blob');

const customInspectSymbol = SymbolFor('nodejs.util.inspect.custom');

let isFile;

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = undefined) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'a dictionary', options);
    }
    let lastModified = options?.lastModified;
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (NumberIsNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = DateNow();
    }
    this.#name = `${fileName}`;
    this.#lastModified = lastModified;
  }

  static {
    isFile = (value) => value !== null && typeof value === 'object' && #name in value;
  }

  get name() {
    if (!isFile(this)) throw new ERR_INVALID_THIS('File');
    return this.#name;
  }

  get lastModified() {
    if (!isFile(this)) throw new ERR_INVALID_THIS('File');
    return this.#lastModified;
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const { inspect } = require('internal/util/inspect');
    return `File ${inspect({
      size: this.size,
      type: this.type,
      name: this.#name,
      lastModified: this.#lastModified,
    }, opts)}`;
  }
}


const enumerable = { __proto__: null, enumerable: true };
ObjectDefineProperties(File.prototype, {
  name: enumerable,
  lastModified: enumerable,
  [SymbolToStringTag]: { __proto__: null, configurable: true, value: 'File' },
});

module.exports = { File };
