'use strict';
// The spec reporter: a tree of ✔/✖ lines, parents (▶) printed when their first child reports,
// the summary, then every failure again with where it was declared.

const {
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeUnshift,
} = primordials;

const { Transform } = require('stream');
const { relative } = require('path');
const { colorsFor, formatTestReport, indentFor, symbols } = require('internal/test_runner/reporters/utils');

class SpecReporter extends Transform {
  #stack = [];
  #failed = [];
  #colors;
  #cwd = process.cwd();

  constructor() {
    super({ __proto__: null, writableObjectMode: true });
    this.#colors = colorsFor(process.stdout);
  }

  #location(data) {
    if (data.file === undefined) return '';
    let file = data.file;
    if (file.startsWith('file://')) file = require('internal/url').fileURLToPath(file);
    return `test at ${relative(this.#cwd, file)}:${data.line}:${data.column}\n`;
  }

  #report(type, data) {
    const current = ArrayPrototypeShift(this.#stack);
    let prefix = '';
    while (this.#stack.length > 0) {
      const parent = ArrayPrototypePop(this.#stack);
      prefix += `${indentFor(parent.nesting)}${this.#colors.blue}${symbols['arrow:right']}${this.#colors.white}${parent.name}\n`;
    }
    const hasChildren = current === undefined;
    if (type === 'test:fail' && data.details?.error?.failureType !== 'subtestsFailed') {
      ArrayPrototypePush(this.#failed, data);
    }
    return formatTestReport(type, data, this.#colors, prefix, indentFor(data.nesting), hasChildren, false);
  }

  #handle({ type, data }) {
    switch (type) {
      case 'test:start':
        ArrayPrototypeUnshift(this.#stack, data);
        return '';
      case 'test:pass':
      case 'test:fail':
        return this.#report(type, data);
      case 'test:stderr':
      case 'test:stdout':
        return data.message;
      case 'test:diagnostic':
        return `${indentFor(data.nesting)}${this.#colors.blue}${symbols['test:diagnostic']}${data.message}${this.#colors.white}\n`;
      default:
        return '';
    }
  }

  _transform(event, encoding, callback) {
    callback(null, this.#handle(event));
  }

  _flush(callback) {
    if (this.#failed.length === 0) {
      callback(null, '');
      return;
    }
    const c = this.#colors;
    const parts = [`\n${c.red}${symbols['test:fail']}failing tests:${c.white}\n\n`];
    for (let i = 0; i < this.#failed.length; i++) {
      const data = this.#failed[i];
      ArrayPrototypePush(parts, `${i > 0 ? '\n' : ''}${this.#location(data)}` +
        formatTestReport('test:fail', data, c, '', '', false, true));
    }
    callback(null, parts.join(''));
  }
}

module.exports = SpecReporter;
