'use strict';
// How a module's source imports one specifier. GraalJS's lookup hook tells us only
// (referrer, specifier), not the import attributes or the names imported, so where Node's
// answer depends on them (a JSON module needs `with { type: 'json' }`; a CommonJS module
// may lack a named export) we read the referrer's text: the static `import … from`,
// `export … from` and `import 'x'` statements and `import('x', …)` calls naming the
// specifier as a string literal. A textual scan, so code that builds the specifier or hides
// it behind comments is not seen (the engine's own error applies then).

const {
  ArrayPrototypePush,
  RegExpPrototypeExec,
  RegExpPrototypeSymbolReplace,
  StringPrototypeIndexOf,
  StringPrototypeLastIndexOf,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeTrim,
} = primordials;

const kStaticAttributes = /^\s*(?:with|assert)\s*\{([^}]*)\}/;
const kDynamicAttributes = /^\s*,\s*\{\s*(?:with|assert)\s*:\s*\{([^}]*)\}/;
const kType = /\btype\s*:\s*(['"])([^'"]*)\1/;
const kFromBefore = /\bfrom\s*$/;
const kImportBefore = /\bimport\s*$/;
const kImportCallBefore = /\bimport\s*\(\s*$/;

// -> [{ dynamic, statement, type }] for each place `source` imports `specifier`
function findImports(source, specifier) {
  const found = [];
  for (const quote of ['\'', '"']) {
    const literal = `${quote}${specifier}${quote}`;
    let at = StringPrototypeIndexOf(source, literal);
    while (at !== -1) {
      const before = StringPrototypeSlice(source, at < 400 ? 0 : at - 400, at);
      const after = StringPrototypeSlice(source, at + literal.length, at + literal.length + 400);
      let entry;
      if (RegExpPrototypeExec(kFromBefore, before) !== null) {
        const start = statementStart(source, at);
        entry = { dynamic: false, statement: StringPrototypeSlice(source, start, at), start, attributes: kStaticAttributes };
      } else if (RegExpPrototypeExec(kImportBefore, before) !== null) {
        entry = { dynamic: false, statement: '', attributes: kStaticAttributes };
      } else if (RegExpPrototypeExec(kImportCallBefore, before) !== null) {
        entry = { dynamic: true, statement: '', attributes: kDynamicAttributes };
      }
      if (entry !== undefined) {
        const attrs = RegExpPrototypeExec(entry.attributes, after);
        const type = attrs === null ? null : RegExpPrototypeExec(kType, attrs[1]);
        ArrayPrototypePush(found, { dynamic: entry.dynamic, statement: entry.statement, start: entry.start,
                                    type: type === null ? undefined : type[2] });
      }
      at = StringPrototypeIndexOf(source, literal, at + literal.length);
    }
  }
  return found;
}

// Where the import/export statement that ends at `at` begins.
function statementStart(source, at) {
  const i = StringPrototypeLastIndexOf(source, 'import', at);
  const e = StringPrototypeLastIndexOf(source, 'export', at);
  return i > e ? i : e;
}

// The attributes the import of `specifier` in `source` carries, when every import of it
// agrees: { type } or {}; undefined when it is not found or the imports differ.
function importAttributesOf(source, specifier) {
  const found = findImports(source, specifier);
  if (found.length === 0) return undefined;
  const type = found[0].type;
  for (let i = 1; i < found.length; i++) if (found[i].type !== type) return undefined;
  return type === undefined ? { __proto__: null } : { __proto__: null, type };
}

// The first name a static import/export-from of `specifier` asks of a module that exports
// only `names`, and where it is in `source`: { name, index }; undefined when none is missing.
function missingNamedImport(source, specifier, names) {
  const found = findImports(source, specifier);
  for (let i = 0; i < found.length; i++) {
    const { statement } = found[i];
    const open = StringPrototypeIndexOf(statement, '{');
    const close = StringPrototypeLastIndexOf(statement, '}');
    if (open === -1 || close < open) continue;
    const inner = StringPrototypeTrim(RegExpPrototypeSymbolReplace(/\s+/g, StringPrototypeSlice(statement, open + 1, close), ' '));
    const parts = StringPrototypeSplit(inner, ',');
    for (let p = 0; p < parts.length; p++) {
      const part = StringPrototypeTrim(parts[p]);
      if (part === '') continue;
      let name = StringPrototypeTrim(StringPrototypeSplit(part, ' as ')[0]);
      if (name[0] === '\'' || name[0] === '"') name = StringPrototypeSlice(name, 1, -1);
      if (RegExpPrototypeExec(/^type\s/, name) !== null) continue; // TypeScript's `type X`
      if (name !== 'default' && !names.has(name)) {
        const index = StringPrototypeIndexOf(source, name, found[i].start + open);
        return { name, index };
      }
    }
  }
  return undefined;
}

module.exports = { importAttributesOf, missingNamedImport };
