'use strict';
// Node's flags as the running program was given them: NODE_OPTIONS first, then the command
// line's (process.execArgv). The launcher has already checked both; this only reads them.

const {
  ArrayPrototypePush,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
} = primordials;

let cached;

// NODE_OPTIONS split as Node splits it: spaces separate, double quotes group, \ escapes in quotes.
function splitNodeOptions(text) {
  const out = [];
  let cur = '';
  let inQuotes = false;
  let any = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes && c === '\\' && i + 1 < text.length) {
      cur += text[++i];
    } else if (c === '"') {
      inQuotes = !inQuotes;
      any = true;
    } else if (c === ' ' && !inQuotes) {
      if (any) ArrayPrototypePush(out, cur);
      cur = '';
      any = false;
    } else {
      cur += c;
      any = true;
    }
  }
  if (any) ArrayPrototypePush(out, cur);
  return out;
}

function allArgs() {
  if (cached === undefined) {
    cached = [...splitNodeOptions(process.env.NODE_OPTIONS ?? ''), ...process.execArgv];
  }
  return cached;
}

// Every value given to a flag (--flag=v or --flag v), in order; aliases name the same flag.
function getOptionValues(...names) {
  const args = allArgs();
  const values = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    for (let n = 0; n < names.length; n++) {
      const name = names[n];
      if (a === name && i + 1 < args.length) {
        ArrayPrototypePush(values, args[++i]);
        break;
      }
      if (StringPrototypeStartsWith(a, `${name}=`)) {
        ArrayPrototypePush(values, StringPrototypeSlice(a, StringPrototypeIndexOf(a, '=') + 1));
        break;
      }
    }
  }
  return values;
}

// The last value of a flag that takes one, or undefined.
function getOptionValue(...names) {
  const values = getOptionValues(...names);
  return values.length === 0 ? undefined : values[values.length - 1];
}

// Was a boolean flag given?
function hasOption(...names) {
  const args = allArgs();
  for (let i = 0; i < args.length; i++) {
    for (let n = 0; n < names.length; n++) if (args[i] === names[n]) return true;
  }
  return false;
}

module.exports = { getOptionValue, getOptionValues, hasOption };
