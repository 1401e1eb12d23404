'use strict';
// util.parseArgs: the arguments are first split into tokens (options, positionals and the
// `--` terminator, short groups such as -abc expanded), then the tokens are checked (strict
// mode) and stored. The token list is what `tokens: true` returns, so its shape (index,
// rawName, inlineValue) follows Node's exactly.

const {
  ArrayPrototypeIncludes,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSlice,
  ArrayPrototypeUnshiftApply,
  ObjectEntries,
  ObjectPrototypeHasOwnProperty: ObjectHasOwn,
  StringPrototypeCharAt,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateObject,
  validateString,
  validateStringArray,
} = require('internal/validators');

// Own properties only: an option named `toString` or `__proto__` must not find inherited ones.
function getOwn(obj, key) {
  return ObjectHasOwn(obj, key) ? obj[key] : undefined;
}

function optionGet(options, longOption, key) {
  if (!ObjectHasOwn(options, longOption)) return undefined;
  return getOwn(options[longOption], key);
}

// The user's arguments: after the script, or after the executable for -e/-p.
function mainArgs() {
  const execArgv = process.execArgv;
  if (ArrayPrototypeIncludes(execArgv, '-e') || ArrayPrototypeIncludes(execArgv, '--eval') ||
      ArrayPrototypeIncludes(execArgv, '-p') || ArrayPrototypeIncludes(execArgv, '--print')) {
    return ArrayPrototypeSlice(process.argv, 1);
  }
  return ArrayPrototypeSlice(process.argv, 2);
}

function findLongOptionForShort(shortOption, options) {
  const entries = ObjectEntries(options);
  for (let i = 0; i < entries.length; i++) {
    if (getOwn(entries[i][1], 'short') === shortOption) return entries[i][0];
  }
  return shortOption;
}

const isLoneShortOption = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLoneLongOption = (arg) =>
  arg.length > 2 && StringPrototypeStartsWith(arg, '--') && StringPrototypeIndexOf(arg, '=', 3) === -1;
const isLongOptionAndValue = (arg) =>
  arg.length > 2 && StringPrototypeStartsWith(arg, '--') && StringPrototypeIndexOf(arg, '=', 3) !== -1;

// -abc where -a is not a string option: a group of short options.
function isShortOptionGroup(arg, options) {
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
  return optionGet(options, findLongOptionForShort(arg[1], options), 'type') !== 'string';
}

// -fVALUE where -f is a string option.
function isShortOptionAndValue(arg, options) {
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
  return optionGet(options, findLongOptionForShort(arg[1], options), 'type') === 'string';
}

const isOptionLikeValue = (value) => value != null && value.length > 1 && value[0] === '-';

function tokenize(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remaining = ArrayPrototypeSlice(args);
  while (remaining.length > 0) {
    const arg = ArrayPrototypeShift(remaining);
    const nextArg = remaining[0];
    if (groupCount > 0) groupCount--;
    else index++;

    if (arg === '--') {
      ArrayPrototypePush(tokens, { kind: 'option-terminator', index });
      for (let i = 0; i < remaining.length; i++) {
        ArrayPrototypePush(tokens, { kind: 'positional', index: ++index, value: remaining[i] });
      }
      break;
    }
    if (isLoneShortOption(arg)) {
      const longOption = findLongOptionForShort(arg[1], options);
      let value;
      let inlineValue;
      if (optionGet(options, longOption, 'type') === 'string' && nextArg !== undefined) {
        value = ArrayPrototypeShift(remaining);
        inlineValue = false;
      }
      ArrayPrototypePush(tokens, { kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }
    if (isShortOptionGroup(arg, options)) {
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const shortOption = StringPrototypeCharAt(arg, i);
        const longOption = findLongOptionForShort(shortOption, options);
        if (optionGet(options, longOption, 'type') !== 'string' || i === arg.length - 1) {
          ArrayPrototypePush(expanded, `-${shortOption}`);
        } else {
          // A string option inside the group takes the rest as its value: -abfFILE.
          ArrayPrototypePush(expanded, `-${StringPrototypeSlice(arg, i)}`);
          break;
        }
      }
      ArrayPrototypeUnshiftApply(remaining, expanded);
      groupCount = expanded.length;
      continue;
    }
    if (isShortOptionAndValue(arg, options)) {
      const shortOption = arg[1];
      ArrayPrototypePush(tokens, {
        kind: 'option', name: findLongOptionForShort(shortOption, options), rawName: `-${shortOption}`,
        index, value: StringPrototypeSlice(arg, 2), inlineValue: true,
      });
      continue;
    }
    if (isLoneLongOption(arg)) {
      const longOption = StringPrototypeSlice(arg, 2);
      let value;
      let inlineValue;
      if (optionGet(options, longOption, 'type') === 'string' && nextArg !== undefined) {
        value = ArrayPrototypeShift(remaining);
        inlineValue = false;
      }
      ArrayPrototypePush(tokens, { kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }
    if (isLongOptionAndValue(arg)) {
      const eq = StringPrototypeIndexOf(arg, '=');
      const longOption = StringPrototypeSlice(arg, 2, eq);
      ArrayPrototypePush(tokens, {
        kind: 'option', name: longOption, rawName: `--${longOption}`, index,
        value: StringPrototypeSlice(arg, eq + 1), inlineValue: true,
      });
      continue;
    }
    ArrayPrototypePush(tokens, { kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkOptionUsage(config, token) {
  let name = token.name;
  if (!ObjectHasOwn(config.options, name)) {
    // --no-foo negates a known boolean --foo when allowNegative is on.
    if (config.allowNegative && StringPrototypeStartsWith(name, 'no-')) {
      name = StringPrototypeSlice(name, 3);
      if (!ObjectHasOwn(config.options, name) || optionGet(config.options, name, 'type') !== 'boolean') {
        throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
      }
    } else {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
  }
  const short = optionGet(config.options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionGet(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
}

// In strict mode a string option's separate value that looks like an option is probably a
// forgotten value, unless it was given inline (--foo=-x, -f-x).
function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    const example = StringPrototypeStartsWith(token.rawName, '--') ?
      `'${token.rawName}=-XYZ'` : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }
}

function storeOption(longOption, value, options, values, allowNegative) {
  if (longOption === '__proto__') return;
  if (allowNegative && StringPrototypeStartsWith(longOption, 'no-') && value === undefined) {
    longOption = StringPrototypeSlice(longOption, 3);
    value = false;
  }
  const newValue = value ?? true;
  if (optionGet(options, longOption, 'multiple')) {
    if (values[longOption] === undefined) values[longOption] = [newValue];
    else ArrayPrototypePush(values[longOption], newValue);
  } else {
    values[longOption] = newValue;
  }
}

function validateOptions(options) {
  const entries = ObjectEntries(options);
  for (let i = 0; i < entries.length; i++) {
    const { 0: longOption, 1: optionConfig } = entries[i];
    validateObject(optionConfig, `options.${longOption}`);
    const type = getOwn(optionConfig, 'type');
    if (type !== 'string' && type !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE(`options.${longOption}.type`, "('string|boolean')", type);
    }
    if (ObjectHasOwn(optionConfig, 'short')) {
      const short = optionConfig.short;
      validateString(short, `options.${longOption}.short`);
      if (short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${longOption}.short`, short, 'must be a single character');
      }
    }
    const multiple = getOwn(optionConfig, 'multiple');
    if (ObjectHasOwn(optionConfig, 'multiple')) validateBoolean(multiple, `options.${longOption}.multiple`);
    const defaultValue = getOwn(optionConfig, 'default');
    if (defaultValue !== undefined) {
      const name = `options.${longOption}.default`;
      if (type === 'string') {
        if (multiple) validateStringArray(defaultValue, name);
        else validateString(defaultValue, name);
      } else if (multiple) {
        validateBooleanArray(defaultValue, name);
      } else {
        validateBoolean(defaultValue, name);
      }
    }
  }
}

function parseArgs(config = { __proto__: null }) {
  const args = getOwn(config, 'args') ?? mainArgs();
  const strict = getOwn(config, 'strict') ?? true;
  const allowPositionals = getOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = getOwn(config, 'tokens') ?? false;
  const allowNegative = getOwn(config, 'allowNegative') ?? false;
  const options = getOwn(config, 'options') ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  validateOptions(options);

  const tokens = tokenize(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      storeOption(token.name, token.value, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      ArrayPrototypePush(result.positionals, token.value);
    }
  }
  // Defaults fill what the arguments did not set.
  const entries = ObjectEntries(options);
  for (let i = 0; i < entries.length; i++) {
    const { 0: longOption, 1: optionConfig } = entries[i];
    const defaultValue = getOwn(optionConfig, 'default');
    if (defaultValue !== undefined && result.values[longOption] === undefined) {
      result.values[longOption] = defaultValue;
    }
  }
  if (returnTokens) result.tokens = tokens;
  return result;
}

module.exports = { parseArgs };
