'use strict';
// The React side of the example: SsrServer.java calls render(props) for every request.
const React = require('react');
const { renderToString } = require('react-dom/server');

const h = React.createElement;

function Page({ path, visits, renderedBy }) {
  return h('html', null,
    h('head', null, h('title', null, 'node4j SSR')),
    h('body', null,
      h('h1', null, 'Hello from React, rendered in the JVM'),
      h('p', null, `Path ${path}, visit number ${visits}.`),
      h('p', null, `Rendered by ${renderedBy} on ${process.release.name} ${process.version}.`)));
}

exports.render = (props) => '<!DOCTYPE html>' + renderToString(h(Page, props));
