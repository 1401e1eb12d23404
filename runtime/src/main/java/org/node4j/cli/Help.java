package org.node4j.cli;

/** The text of {@code node4j --help}. */
final class Help {
  private Help() {}

  static final String TEXT = """
      Usage: node4j [options] [ script.js ] [arguments]
             node4j [options] -e "script" [arguments]
             node4j [options] - [arguments]     (script read from stdin)

      node4j runs Node.js programs on the JVM (GraalJS). It implements Node.js 24's API.

      Options:
        -                           script read from stdin (default if no file name is given
                                    and stdin is not a terminal)
        --                          indicate the end of node options
        -e, --eval script           evaluate script
        -p, --print script          evaluate script and print result
        -r, --require module        CommonJS module to preload (option can be repeated)
        -h, --help                  print node command line options
        -v, --version               print Node.js version
        --stack-trace-limit=n       number of stack frames captured for errors (default 10)
        --unhandled-rejections=mode throw (default), strict, warn, warn-with-error-code, none
        --no-warnings               silence all process warnings
        --trace-warnings            show stack traces on process warnings
        --no-deprecation            silence deprecation warnings
        --throw-deprecation         throw an exception on deprecations
        --trace-deprecation         show stack traces on deprecations
        --test [patterns]           run test files (node:test), each in a fresh runtime of this JVM
        --test-reporter=name        spec (default), tap, dot, junit, lcov or a module (repeatable)
        --test-reporter-destination=d  stdout, stderr or a file, one per --test-reporter
        --test-name-pattern=re      run only tests whose name matches (repeatable)
        --test-skip-pattern=re      skip tests whose name matches (repeatable)
        --test-only                 run only tests marked `only`
        --test-concurrency=n        test files run at once (default: processors - 1)
        --test-timeout=ms           default timeout of each test
        --test-update-snapshots     rewrite the snapshots t.assert.snapshot() compares with
        --java                      let JS code use Java classes: require('java:java.util.UUID')
        --java-classpath=paths      ':'-separated jars/directories for those classes (implies --java)

      Environment variables:
        NODE_PATH                   ':'-separated list of directories prefixed to the module search path
        UV_THREADPOOL_SIZE          size of the blocking-work thread pool (default 4)
        NODE4J_ALLOW_INTERPRETER    run even when the Graal JIT is not active

      Documentation: docs/ in the node4j repository; Node.js API: https://nodejs.org/docs/latest-v24.x/api/
      """;
}
