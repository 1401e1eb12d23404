'use strict';
// The navigator global (Navigator): the few facts Node 24 exposes there.

const {
  ObjectDefineProperties,
  ObjectFreeze,
  StringPrototypeSlice,
  StringPrototypeIndexOf,
  StringPrototypeReplaceAll,
  Symbol,
} = primordials;

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_NODE4J_UNSUPPORTED },
} = require('internal/errors');

const kInitialize = Symbol('kInitialize');

function platformName() {
  const { machine } = require('os');
  switch (process.platform) {
    case 'linux': return `Linux ${machine()}`;
    case 'darwin': return 'MacIntel';
    case 'win32': return 'Win32';
    default: return `${process.platform[0].toUpperCase()}${StringPrototypeSlice(process.platform, 1)} ${machine()}`;
  }
}

function posixLocale() {
  const env = process.env;
  let name = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const dot = StringPrototypeIndexOf(name, '.');
  if (dot !== -1) name = StringPrototypeSlice(name, 0, dot);
  const at = StringPrototypeIndexOf(name, '@');
  if (at !== -1) name = StringPrototypeSlice(name, 0, at);
  if (name === '' || name === 'C' || name === 'POSIX') return 'en-US';
  try {
    return Intl.getCanonicalLocales(StringPrototypeReplaceAll(name, '_', '-'))[0];
  } catch {
    return 'en-US';
  }
}

class Navigator {
  #hardwareConcurrency;
  #language;
  #languages;
  #platform;

  constructor(key = undefined) {
    if (key !== kInitialize) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get hardwareConcurrency() {
    this.#hardwareConcurrency ??= require('os').availableParallelism();
    return this.#hardwareConcurrency;
  }

  get locks() {
    throw new ERR_NODE4J_UNSUPPORTED('navigator.locks');
  }

  // ICU's default locale, which it takes from the POSIX locale variables ("C" means en-US).
  get language() {
    this.#language ??= posixLocale();
    return this.#language;
  }

  get languages() {
    this.#languages ??= ObjectFreeze([this.language]);
    return this.#languages;
  }

  get userAgent() {
    const v = process.version;
    return `Node.js/${StringPrototypeSlice(v, 1, StringPrototypeIndexOf(v, '.'))}`;
  }

  get platform() {
    this.#platform ??= platformName();
    return this.#platform;
  }
}

const kEnumerable = { __proto__: null, enumerable: true };
ObjectDefineProperties(Navigator.prototype, {
  hardwareConcurrency: kEnumerable,
  locks: kEnumerable,
  language: kEnumerable,
  languages: kEnumerable,
  userAgent: kEnumerable,
  platform: kEnumerable,
});

const navigator = new Navigator(kInitialize);

module.exports = { Navigator, navigator };
