'use strict';
// The JUnit XML reporter: tests as <testcase>, tests with subtests and suites as <testsuite>,
// diagnostics as comments.

const {
  ArrayPrototypePop,
  ArrayPrototypePush,
  NumberPrototypeToFixed,
  StringPrototypeReplaceAll,
  StringPrototypeTrim,
} = primordials;

const { inspect } = require('internal/util/inspect');

function escapeContent(s) {
  return StringPrototypeReplaceAll(StringPrototypeReplaceAll(`${s}`, '&', '&amp;'), '<', '&lt;');
}

function escapeAttribute(s) {
  return StringPrototypeReplaceAll(StringPrototypeReplaceAll(escapeContent(s), '"', '&quot;'), '\n', '&#10;');
}

function treeToXml(node, depth) {
  const pad = '\t'.repeat(depth);
  if (node.comment !== undefined) return `${pad}<!-- ${escapeContent(node.comment)} -->\n`;
  let attrs = '';
  for (const key of Object.keys(node.attrs)) {
    if (node.attrs[key] !== undefined) attrs += ` ${key}="${escapeAttribute(node.attrs[key])}"`;
  }
  const children = node.children ?? [];
  if (children.length === 0 && node.text === undefined) return `${pad}<${node.tag}${attrs}/>\n`;
  let out = `${pad}<${node.tag}${attrs}>\n`;
  if (node.text !== undefined) out += `${node.text}\n`;
  for (let i = 0; i < children.length; i++) out += treeToXml(children[i], depth + 1);
  return `${out}${node.text !== undefined ? '\t'.repeat(depth) : pad}</${node.tag}>\n`;
}

// Failed and skipped (or todo) test cases under a node, nested suites included.
function countCases(node, test) {
  if (node.tag === 'testcase') return test(node) ? 1 : 0;
  let n = 0;
  for (const child of node.children ?? []) if (child.tag === 'testcase' || child.tag === 'testsuite') n += countCases(child, test);
  return n;
}

const isFailure = (node) => node.failed === true;
const isSkipped = (node) => node.children?.some((c) => c.tag === 'skipped');

module.exports = async function* junitReporter(source) {
  const { hostname } = require('os');
  const host = hostname();
  yield '<?xml version="1.0" encoding="utf-8"?>\n';
  yield '<testsuites>\n';
  const roots = [];
  const stack = [];
  const add = (node) => ArrayPrototypePush(stack.length > 0 ? stack[stack.length - 1].children : roots, node);
  for await (const { type, data } of source) {
    if (type === 'test:start') {
      ArrayPrototypePush(stack, {
        tag: 'testsuite', attrs: { __proto__: null }, children: [], nesting: data.nesting, name: data.name,
        timestamp: new Date().toISOString(),
      });
    } else if (type === 'test:pass' || type === 'test:fail') {
      const node = ArrayPrototypePop(stack) ?? { children: [] };
      const seconds = NumberPrototypeToFixed((data.details?.duration_ms ?? 0) / 1000, 6);
      if (node.children.length > 0 && node.children.some((c) => c.tag !== undefined)) {
        node.tag = 'testsuite';
        const cases = node.children.filter((c) => c.tag !== undefined);
        node.attrs = {
          __proto__: null,
          name: data.name,
          time: seconds,
          disabled: 0,
          errors: 0,
          tests: cases.length,
          failures: countCases(node, isFailure),
          skipped: countCases(node, isSkipped),
          timestamp: node.timestamp,
          hostname: host,
        };
      } else {
        node.tag = 'testcase';
        const classname = stack.length > 0 ? stack.map((s) => s.name).join('.') : 'test';
        node.attrs = { __proto__: null, name: data.name, time: seconds, classname, file: data.file };
        if (data.skip !== undefined) {
          ArrayPrototypePush(node.children, { tag: 'skipped', attrs: { __proto__: null, type: 'skipped', message: data.skip } });
        } else if (data.todo !== undefined) {
          ArrayPrototypePush(node.children, { tag: 'skipped', attrs: { __proto__: null, type: 'todo', message: data.todo } });
        }
        if (type === 'test:fail') {
          const error = data.details?.error;
          node.failed = true;
          node.attrs.failure = error?.message ?? '';
          ArrayPrototypePush(node.children, {
            tag: 'failure',
            attrs: { __proto__: null, type: error?.failureType ?? error?.code, message: StringPrototypeTrim(error?.message ?? '') },
            text: escapeContent(inspect(error)),
          });
        }
      }
      add(node);
    } else if (type === 'test:diagnostic') {
      add({ comment: data.message });
    }
  }
  for (let i = 0; i < roots.length; i++) yield treeToXml(roots[i], 1);
  yield '</testsuites>\n';
};
