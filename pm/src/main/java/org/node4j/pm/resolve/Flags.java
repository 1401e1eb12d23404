package org.node4j.pm.resolve;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * npm's calc-dep-flags: every package starts out dev, optional, devOptional, peer and extraneous;
 * walking edges from the root clears whichever flags a non-dev / non-optional / non-peer path
 * disproves. The result is what the lockfile records and what --omit filters on.
 */
public final class Flags {
  private Flags() {}

  public static void calc(Node root) {
    for (Node n : root.all()) {
      boolean top = n == root;
      n.dev = n.optional = n.devOptional = n.peer = n.extraneous = !top;
    }
    Deque<Node> queue = new ArrayDeque<>();
    queue.push(root);
    while (!queue.isEmpty()) {
      Node node = queue.pop();
      for (Edge e : node.edgesOut.values()) {
        Node to = e.to();
        if (to == null) continue;
        boolean changed = false;
        if (to.extraneous && !node.extraneous && !(e.peer() && e.optional())) {
          to.extraneous = false;
          changed = true;
        }
        if (to.dev && !node.dev && !e.dev()) {
          to.dev = false;
          changed = true;
        }
        if (to.optional && !node.optional && !e.optional()) {
          to.optional = false;
          changed = true;
        }
        if (to.devOptional && !node.devOptional && !node.dev && !node.optional && !e.dev() && !e.optional()) {
          to.devOptional = false;
          changed = true;
        }
        if (to.peer && !node.peer && !e.peer()) {
          to.peer = false;
          changed = true;
        }
        if (changed) queue.push(to);
      }
    }
    for (Node n : root.all()) {
      if (n != root && n.devOptional && (n.dev || n.optional)) n.devOptional = false;
    }
  }
}
