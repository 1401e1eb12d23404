'use strict';
// TypeScript as Node 24 runs it by default: types are erased, not compiled. Every piece of
// type syntax is replaced by spaces (line breaks kept), so each remaining character keeps its
// line and column and stack traces point into the .ts file. Syntax that would need code
// generated (enums, namespaces with values, parameter properties, `import x = require()`,
// `export =`, `<T>x` assertions) is ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX, unless
// --experimental-transform-types asks for enums and parameter properties to be compiled.
// The parser is @babel/parser (lib/internal/deps/babel-parser), loaded on the first .ts file.

const {
  ArrayIsArray,
  ArrayPrototypeIncludes,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ArrayPrototypeSort,
  JSONStringify,
  ObjectKeys,
  RegExpPrototypeExec,
  StringPrototypeCharCodeAt,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeLastIndexOf,
  StringPrototypeSlice,
} = primordials;

const {
  codes: {
    ERR_INVALID_TYPESCRIPT_SYNTAX,
    ERR_NODE4J_UNSUPPORTED,
    ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING,
    ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX,
  },
} = require('internal/errors');

const kSkipKeys = { __proto__: null, type: 1, start: 1, end: 1, loc: 1, range: 1, extra: 1,
  leadingComments: 1, trailingComments: 1, innerComments: 1 };
const kTypeOnly = { __proto__: null, TSInterfaceDeclaration: 1, TSTypeAliasDeclaration: 1,
  TSDeclareFunction: 1, TSNamespaceExportDeclaration: 1 };

let parser;

function isTypeScriptFile(filename) {
  return RegExpPrototypeExec(/\.[cm]?ts$/, filename) !== null;
}

// mode: 'strip' | 'transform'; sourceType: 'module' | 'script' | 'unambiguous'.
function stripTypeScriptTypes(source, { mode = 'strip', sourceType = 'unambiguous', filename } = {}) {
  parser ??= require('internal/deps/babel-parser/parser');
  let ast;
  try {
    ast = parser.parse(source, {
      sourceType,
      plugins: ['typescript'],
      allowReturnOutsideFunction: sourceType !== 'module',
      allowAwaitOutsideFunction: sourceType !== 'script',
      createParenthesizedExpressions: false,
      // Node does not check that exported names exist (`export { type T }` of a type from
      // elsewhere): recover from that, fail on anything else
      errorRecovery: true,
    });
    for (let i = 0; i < ast.errors.length; i++) {
      if (ast.errors[i].reasonCode !== 'ModuleExportUndefined') throw ast.errors[i];
    }
  } catch (err) {
    if (sourceType === 'script' && err?.reasonCode === 'ImportOutsideModule') {
      return stripTypeScriptTypes(source, { mode, sourceType: 'module', filename });
    }
    if (err?.loc === undefined) throw err;
    const error = new ERR_INVALID_TYPESCRIPT_SYNTAX(
      `${StringPrototypeSlice(err.message, 0, StringPrototypeLastIndexOf(err.message, ' ('))}` +
      (filename ? ` (${filename}:${err.loc.line}:${err.loc.column + 1})` : ` (${err.loc.line}:${err.loc.column + 1})`));
    throw error;
  }
  const eraser = new Eraser(source, mode === 'transform');
  eraser.visit(ast.program);
  return eraser.output();
}

class Eraser {
  constructor(source, transform) {
    this.src = source;
    this.transform = transform;
    this.edits = [];  // { start, end, text }: text undefined = blank out
  }

  blank(start, end) {
    if (end > start) ArrayPrototypePush(this.edits, { start, end, text: undefined });
  }

  blankNode(node) {
    if (node) this.blank(node.start, node.end);
  }

  replace(start, end, text) {
    ArrayPrototypePush(this.edits, { start, end, text });
  }

  // A whole statement goes; a ';' stays in its place when the next line could otherwise
  // continue the previous statement (`a\ninterface I {}\n(b)` must not become `a(b)`).
  blankStatement(node) {
    this.blank(node.start, node.end);
    const next = this.src[this.skipSpace(node.end)];
    if (next === '(' || next === '[' || next === '`' || next === '+' || next === '-' || next === '/') {
      const prev = this.prevSignificant(node.start);
      if (prev !== undefined && prev !== ';' && prev !== '{' && prev !== '}') this.replace(node.start, node.start + 1, ';');
    }
  }

  skipSpace(i) {
    const s = this.src;
    for (;;) {
      const c = s[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
      else if (c === '/' && s[i + 1] === '/') while (i < s.length && s[i] !== '\n') i++;
      else if (c === '/' && s[i + 1] === '*') {
        const e = StringPrototypeIndexOf(s, '*/', i + 2);
        i = e === -1 ? s.length : e + 2;
      } else return i;
    }
  }

  prevSignificant(i) {
    const s = this.src;
    for (let j = i - 1; j >= 0; j--) {
      const c = s[j];
      if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') return c;
    }
    return undefined;
  }

  // Blanks the first `ch` at or after position i (a `?` or `!` after a name).
  blankChar(i, ch) {
    const j = StringPrototypeIndexOf(this.src, ch, i);
    if (j !== -1) this.blank(j, j + 1);
  }

  // A list item plus the comma after it (`import { type A, b }` -> `import {         b }`).
  blankListItem(node) {
    const j = this.skipSpace(node.end);
    this.blank(node.start, this.src[j] === ',' ? this.skipSpace(j + 1) : node.end);
  }

  unsupported(node, what) {
    const err = new ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX(what);
    err.node4jRange = [node.start, node.end];
    throw err;
  }

  visitChildren(node) {
    const keys = ObjectKeys(node);
    for (let i = 0; i < keys.length; i++) {
      if (kSkipKeys[keys[i]] === 1) continue;
      const v = node[keys[i]];
      if (ArrayIsArray(v)) {
        for (let j = 0; j < v.length; j++) if (v[j] !== null && typeof v[j] === 'object') this.visit(v[j], node);
      } else if (v !== null && typeof v === 'object' && typeof v.type === 'string') {
        this.visit(v, node);
      }
    }
  }

  visit(node, parent) {
    switch (node.type) {
      case 'TSTypeAnnotation':
      case 'TSTypeParameterDeclaration':
      case 'TSTypeParameterInstantiation':
      case 'TSIndexSignature':
      case 'TSDeclareMethod':
        this.blankNode(node);
        return;
      case 'TSInterfaceDeclaration':
      case 'TSTypeAliasDeclaration':
      case 'TSDeclareFunction':
      case 'TSNamespaceExportDeclaration':
        this.blankStatement(node);
        return;
      case 'TSEnumDeclaration':
        if (node.declare) return this.blankStatement(node);
        if (this.transform) return this.transformEnum(node);
        return this.unsupported(node, 'TypeScript enum is not supported in strip-only mode');
      case 'TSModuleDeclaration':
        if (node.declare || node.id.type === 'StringLiteral' || !isInstantiated(node)) return this.blankStatement(node);
        if (this.transform) throw new ERR_NODE4J_UNSUPPORTED('--experimental-transform-types for namespaces');
        if (node.kind === 'module') return this.unsupported(node, '`module` keyword is not supported. Use `namespace` instead.');
        return this.unsupported(node, 'TypeScript namespace declaration is not supported in strip-only mode');
      case 'TSImportEqualsDeclaration':
        if (node.importKind === 'type') return this.blankStatement(node);
        return this.unsupported(node, 'TypeScript import equals declaration is not supported in strip-only mode');
      case 'TSExportAssignment':
        return this.unsupported(node, 'TypeScript export assignment is not supported in strip-only mode');
      case 'TSTypeAssertion':
        return this.unsupported(node, 'The angle-bracket syntax for type assertions, `<T>expr`, is not supported in ' +
          "type strip mode. Instead, use the 'as' syntax: `expr as T`.");
      case 'TSParameterProperty':
        if (this.transform) return this.visitParameterProperty(node);
        return this.unsupported(node, 'TypeScript parameter property is not supported in strip-only mode');
      case 'TSAsExpression':
      case 'TSSatisfiesExpression': {
        this.visit(node.expression, node);
        const keyword = node.type === 'TSAsExpression' ? 'as' : 'satisfies';
        this.blank(StringPrototypeLastIndexOf(this.src, keyword, node.typeAnnotation.start - 1), node.end);
        return;
      }
      case 'TSNonNullExpression':
        this.visit(node.expression, node);
        this.blank(node.end - 1, node.end);
        return;
      case 'TSInstantiationExpression':
        this.visit(node.expression, node);
        this.blankNode(node.typeParameters);
        return;
      case 'ImportDeclaration':
        if (node.importKind === 'type') return this.blankStatement(node);
        for (let i = 0; i < node.specifiers.length; i++) {
          if (node.specifiers[i].importKind === 'type') this.blankListItem(node.specifiers[i]);
        }
        return;
      case 'ExportNamedDeclaration':
        if (node.exportKind === 'type' || (node.declaration && isTypeOnlyDeclaration(node.declaration))) {
          return this.blankStatement(node);
        }
        for (let i = 0; i < node.specifiers.length; i++) {
          if (node.specifiers[i].exportKind === 'type') this.blankListItem(node.specifiers[i]);
        }
        if (node.declaration) this.visit(node.declaration, node);
        return;
      case 'ExportAllDeclaration':
        if (node.exportKind === 'type') return this.blankStatement(node);
        return;
      case 'ExportDefaultDeclaration':
        if (isTypeOnlyDeclaration(node.declaration)) return this.blankStatement(node);
        break;
      case 'VariableDeclaration':
        if (node.declare) return this.blankStatement(node);
        break;
      case 'VariableDeclarator':
        if (node.definite) this.blankChar(node.id.start + node.id.name.length, '!');
        break;
      case 'Identifier':
        if (node.optional) this.blankChar(node.start + node.name.length, '?');
        break;
      case 'ClassDeclaration':
      case 'ClassExpression':
        if (node.declare) return this.blankStatement(node);
        this.visitClass(node);
        break;
      case 'ClassProperty':
      case 'ClassPrivateProperty':
      case 'ClassAccessorProperty':
        if (node.declare || node.abstract) return this.blankNode(node);
        this.visitMember(node);
        if (node.definite) this.blankChar(this.keyEnd(node), '!');
        break;
      case 'ClassMethod':
      case 'ClassPrivateMethod':
        this.visitMember(node);
        if (node.kind === 'constructor') {
          this.visitThisParam(node.params);
          this.visitChildren(node);
          if (this.pendingAssignments !== undefined) this.placeParameterAssignments(node.body);
          return;
        }
        break;
    }
    if (ArrayIsArray(node.params) && node.params.length > 0) this.visitThisParam(node.params);
    this.visitChildren(node);
  }

  keyEnd(member) {
    return member.computed ? StringPrototypeIndexOf(this.src, ']', member.key.end) + 1 : member.key.end;
  }

  // `public`, `private`, `protected`, `readonly`, `override` go; `static`, `async`, `get`,
  // `set`, `accessor` stay. They all sit between the member's start and its key.
  visitMember(node) {
    const keyStart = node.computed ? StringPrototypeLastIndexOf(this.src, '[', node.key.start) : node.key.start;
    const head = StringPrototypeSlice(this.src, node.start, keyStart);
    const re = /\b(?:public|private|protected|readonly|override)\b/g;
    let m;
    while ((m = RegExpPrototypeExec(re, head)) !== null) this.blank(node.start + m.index, node.start + m.index + m[0].length);
    if (node.optional) this.blankChar(this.keyEnd(node), '?');
  }

  visitClass(node) {
    if (node.abstract) {
      const end = (node.id ?? node.body).start;
      const m = RegExpPrototypeExec(/\babstract\b/, StringPrototypeSlice(this.src, node.start, end));
      if (m !== null) this.blank(node.start + m.index, node.start + m.index + 8);
    }
    if (node.implements?.length > 0) {
      const first = node.implements[0];
      this.blank(StringPrototypeLastIndexOf(this.src, 'implements', first.start), node.implements[node.implements.length - 1].end);
      node.implements = undefined;
    }
    if (node.superTypeParameters) this.blankNode(node.superTypeParameters);
  }

  // `function f(this: Window, a)`: the `this` parameter and its comma go.
  visitThisParam(params) {
    const p = params[0];
    if (p.type !== 'Identifier' || p.name !== 'this') return;
    this.blankListItem(p);
    params[0] = { type: 'Ignored' };
  }

  // --experimental-transform-types: `constructor(private x: T)` assigns this.x = x first.
  visitParameterProperty(node) {
    const param = node.parameter;
    const name = param.type === 'AssignmentPattern' ? param.left.name : param.name;
    this.blank(node.start, param.start);
    this.visit(param, node);
    ArrayPrototypePush(this.pendingAssignments ??= [], name);
  }

  transformEnum(node) {
    const name = node.id.name;
    const body = [];
    let previous;
    let previousNumeric;
    const members = node.members ?? node.body.members;
    for (let i = 0; i < members.length; i++) {
      const member = members[i];
      const key = member.id.type === 'Identifier' ? member.id.name : member.id.value;
      const k = JSONStringify(key);
      let value;
      let isString = false;
      if (member.initializer) {
        const init = member.initializer;
        value = StringPrototypeSlice(this.src, init.start, init.end);
        isString = init.type === 'StringLiteral' || init.type === 'TemplateLiteral';
        previousNumeric = init.type === 'NumericLiteral' ? init.value : undefined;
      } else if (previous === undefined) {
        value = '0';
        previousNumeric = 0;
      } else if (previousNumeric !== undefined) {
        previousNumeric++;
        value = `${previousNumeric}`;
      } else {
        value = `${name}[${JSONStringify(previous)}] + 1`;
      }
      previous = key;
      ArrayPrototypePush(body, isString ? `${name}[${k}] = ${value};` : `${name}[${name}[${k}] = ${value}] = ${k};`);
    }
    const code = `var ${name}; (function (${name}) { ${ArrayPrototypeJoin(body, ' ')} })(${name} || (${name} = {}));`;
    const original = StringPrototypeSlice(this.src, node.start, node.end);
    let lines = '';
    for (let i = 0; i < original.length; i++) if (original[i] === '\n') lines += '\n';
    this.replace(node.start, node.end, code + lines);
  }

  output() {
    const s = this.src;
    const edits = ArrayPrototypeSort(this.edits, (a, b) => a.start - b.start || (a.text === undefined ? 1 : -1));
    let out = '';
    let pos = 0;
    for (let i = 0; i < edits.length; i++) {
      const e = edits[i];
      if (e.text !== undefined) {
        if (e.start < pos) continue;
        out += StringPrototypeSlice(s, pos, e.start) + e.text;
        pos = e.end;
        continue;
      }
      if (e.end <= pos) continue;
      const start = e.start < pos ? pos : e.start;
      out += StringPrototypeSlice(s, pos, start);
      for (let j = start; j < e.end; j++) {
        const c = StringPrototypeCharCodeAt(s, j);
        out += c === 10 || c === 13 || c === 0x2028 || c === 0x2029 ? s[j] : ' ';
      }
      pos = e.end;
    }
    return out + StringPrototypeSlice(s, pos);
  }

  // Parameter properties seen in a constructor: their assignments go right after the
  // body's `{`, or after a leading `super(...)` statement when the class extends another.
  placeParameterAssignments(body) {
    const names = this.pendingAssignments;
    this.pendingAssignments = undefined;
    let assign = '';
    for (let i = 0; i < names.length; i++) assign += ` this.${names[i]} = ${names[i]};`;
    let at = body.start + 1;
    const first = body.body[0];
    if (first?.type === 'ExpressionStatement' && first.expression.type === 'CallExpression' &&
        first.expression.callee.type === 'Super') {
      at = first.end;
    }
    this.replace(at, at, assign);
  }
}

function isTypeOnlyDeclaration(decl) {
  if (!decl) return false;
  if (kTypeOnly[decl.type] === 1 || decl.declare) return true;
  return decl.type === 'TSModuleDeclaration' && (decl.id.type === 'StringLiteral' || !isInstantiated(decl));
}

// Whether a namespace holds values (and so needs code): anything but types inside.
function isInstantiated(node) {
  let body = node.body;
  while (body?.type === 'TSModuleDeclaration') body = body.body;
  const statements = body?.body ?? [];
  for (let i = 0; i < statements.length; i++) {
    let s = statements[i];
    if (s.type === 'ExportNamedDeclaration' && s.declaration) s = s.declaration;
    if (kTypeOnly[s.type] === 1 || s.declare) continue;
    if (s.type === 'TSModuleDeclaration' && !isInstantiated(s)) continue;
    return true;
  }
  return false;
}

// The last file stripped: a .ts entry point is tried as CommonJS first, then as a module.
let lastFile;
let lastSource;
let lastOutput;
let warnedTransform = false;

// What the module loaders run for a .ts/.mts/.cts file (format: 'module' | 'commonjs').
function stripForLoader(source, filename, format) {
  if (StringPrototypeIncludes(filename, '/node_modules/')) {
    throw new ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING(filename);
  }
  if (filename === lastFile && source === lastSource) return lastOutput;
  const transform = ArrayPrototypeIncludes(process.execArgv, '--experimental-transform-types');
  if (transform && !warnedTransform) {
    warnedTransform = true;
    process.emitWarning('Transform Types is an experimental feature and might change at any time', 'ExperimentalWarning');
  }
  let sourceType = 'unambiguous';
  if (format === 'module' || RegExpPrototypeExec(/\.mts$/, filename) !== null) sourceType = 'module';
  else if (RegExpPrototypeExec(/\.cts$/, filename) !== null) sourceType = 'script';
  const output = stripTypeScriptTypes(source, { mode: transform ? 'transform' : 'strip', sourceType, filename });
  lastFile = filename;
  lastSource = source;
  lastOutput = output;
  return output;
}

module.exports = { isTypeScriptFile, stripForLoader, stripTypeScriptTypes };
