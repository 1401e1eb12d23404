package org.node4j.binding;

import org.node4j.runtime.EventLoop;

/**
 * A handle's hold on the loop, as in libuv: an active handle keeps the loop alive while it is
 * ref'd; ref/unref only matter while it is active. JS thread only.
 */
final class HandleRef {
  private final EventLoop loop;
  private boolean refd = true;
  private boolean active;

  HandleRef(EventLoop loop) {
    this.loop = loop;
  }

  void activate() {
    if (active) return;
    active = true;
    if (refd) loop.ref();
  }

  void deactivate() {
    if (active && refd) loop.unref();
    active = false;
  }

  void ref() {
    if (refd) return;
    refd = true;
    if (active) loop.ref();
  }

  void unref() {
    if (!refd) return;
    refd = false;
    if (active) loop.unref();
  }

  boolean hasRef() {
    return refd;
  }
}
