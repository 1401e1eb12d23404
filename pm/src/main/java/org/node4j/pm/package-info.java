/** npm-compatible package manager: plain Java, independent of the JS engine. */
package org.node4j.pm;
