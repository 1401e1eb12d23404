'use strict';
// Tab completion for the REPL, as Node 24 offers it: REPL commands after a leading '.',
// builtin module names inside require('…'), and names of globals, keywords and properties of
// a side-effect-free expression (identifier chains and literals; nothing that calls a
// function, so `require('fs').rea` completes to nothing, as in Node 24).
// The result is [completions, completeOn], completions grouped with '' between groups.

const {
  ArrayPrototypeFilter,
  ArrayPrototypeIncludes,
  ArrayPrototypeMap,
  ArrayPrototypePush,
  ArrayPrototypeSort,
  ObjectGetOwnPropertyNames,
  ObjectGetPrototypeOf,
  Object,
  ObjectKeys,
  RegExpPrototypeExec,
  SafeSet,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
  StringPrototypeToLowerCase,
  Symbol,
} = primordials;

const kLexicalNames = Symbol('kLexicalNames');

const keywords = ['async', 'await', 'break', 'case', 'catch', 'class', 'const', 'continue',
  'debugger', 'default', 'delete', 'do', 'else', 'export', 'false', 'finally', 'for', 'function',
  'if', 'import', 'in', 'instanceof', 'let', 'new', 'null', 'return', 'switch', 'this', 'throw',
  'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield'];

const identifierRE = /^[\p{L}\p{Nl}_$][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_$]*$/u;
const requireRE = /\brequire\s*\(\s*['"`]([\w@./:-]*)$/;
// what completion looks at: the trailing `expr.partial` or `partial`
const tailRE = /(?:(\[[^()[\]]*\]|"[^"\\]*"|'[^'\\]*'|[\p{L}\p{Nl}_$][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_$]*(?:\??\.[\p{L}\p{Nl}_$][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_$]*)*)(\??\.))?([\p{L}\p{Nl}_$][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_$]*)?$/u;

function names(obj) {
  try {
    return ArrayPrototypeFilter(ObjectGetOwnPropertyNames(obj), (n) => RegExpPrototypeExec(identifierRE, n) !== null);
  } catch {
    return [];
  }
}

function sorted(list) {
  return ArrayPrototypeSort(list, (a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// groups: arrays of names; joins them with '' separators, dropping empty groups and names
// already offered by an earlier group.
// Names match the filter whatever their case, as in Node 24 (`fs.rea` offers fs.ReadStream).
function matches(name, filter) {
  return StringPrototypeStartsWith(StringPrototypeToLowerCase(name), StringPrototypeToLowerCase(filter));
}

function flatten(groups, prefix, filter) {
  const seen = new SafeSet();
  const out = [];
  for (let g = 0; g < groups.length; g++) {
    const group = [];
    const list = groups[g];
    for (let i = 0; i < list.length; i++) {
      const n = list[i];
      if (!matches(n, filter) || seen.has(n)) continue;
      seen.add(n);
      ArrayPrototypePush(group, prefix + n);
    }
    if (group.length === 0) continue;
    if (out.length > 0) ArrayPrototypePush(out, '');
    const s = sorted(group);
    for (let i = 0; i < s.length; i++) ArrayPrototypePush(out, s[i]);
  }
  return out;
}

function complete(repl, line, callback) {
  // REPL commands
  const cmd = RegExpPrototypeExec(/^\s*\.(\w*)$/, line);
  if (cmd !== null) {
    const filter = cmd[1];
    const list = sorted(ArrayPrototypeFilter(ObjectKeys(repl.commands), (k) => StringPrototypeStartsWith(k, filter)));
    callback(null, [list, filter]);
    return;
  }
  // require('…
  const req = RegExpPrototypeExec(requireRE, line);
  if (req !== null) {
    const filter = req[1];
    const { builtinModules } = require('internal/modules/cjs/loader').Module;
    const ids = [];
    for (let i = 0; i < builtinModules.length; i++) {
      const id = builtinModules[i];
      if (id[0] !== '_' && StringPrototypeStartsWith(id, filter)) ArrayPrototypePush(ids, id);
    }
    callback(null, [sorted(ids), filter]);
    return;
  }
  const m = RegExpPrototypeExec(tailRE, line);
  const before = m === null ? '' : StringPrototypeSlice(line, 0, m.index);
  if (m === null || (m[0] === '' && line !== '' && RegExpPrototypeExec(/[\s;(,=[{]$/, line) === null) ||
      RegExpPrototypeExec(/(?:\.|\?\.)$/, before) !== null || RegExpPrototypeExec(/^\s*(?:let|const|var)$/, line) !== null) {
    // the tail belongs to an expression we will not evaluate (a call, a computed member …)
    callback(null, [[], undefined]);
    return;
  }
  const filter = m[3] ?? '';
  if (m[1] === undefined) {
    const groups = [ArrayPrototypeFilter(keywords, (k) => matches(k, filter))];
    let obj = repl.context;
    ArrayPrototypePush(groups, names(obj));
    // lexical bindings (let/const/class at the REPL's top level) are not properties
    for (let i = 0; i < repl[kLexicalNames].length; i++) {
      if (!ArrayPrototypeIncludes(groups[1], repl[kLexicalNames][i])) ArrayPrototypePush(groups[1], repl[kLexicalNames][i]);
    }
    while ((obj = ObjectGetPrototypeOf(obj)) !== null) ArrayPrototypePush(groups, names(obj));
    callback(null, [flatten(groups, '', filter), filter]);
    return;
  }
  const expr = m[1];
  let value;
  try {
    value = internalBinding('contextify').runScript(expr, 'repl-completion');
  } catch {
    callback(null, [[], m[0]]);
    return;
  }
  const chain = [];
  let obj = value;
  if (obj !== null && obj !== undefined && typeof obj !== 'object' && typeof obj !== 'function') {
    obj = ObjectGetPrototypeOf(Object(obj));
  }
  while (obj !== null && obj !== undefined) {
    ArrayPrototypePush(chain, names(obj));
    obj = ObjectGetPrototypeOf(obj);
  }
  // Node lists the deepest prototype's names first
  const groups = [];
  for (let i = chain.length - 1; i >= 0; i--) ArrayPrototypePush(groups, chain[i]);
  if (groups.length > 0 && value !== null && typeof value === 'object' && ObjectGetPrototypeOf(value) !== null) {
    ArrayPrototypePush(groups[0], '__proto__');
  }
  callback(null, [flatten(groups, expr + m[2], filter), m[0]]);
}

module.exports = { complete, kLexicalNames, keywords: ArrayPrototypeMap(keywords, (k) => k) };
