package org.node4j.binding.worker;

import java.util.ArrayDeque;
import org.graalvm.polyglot.Value;
import org.node4j.runtime.NodeRuntime;

/**
 * One end of a message channel that may cross threads. Each end belongs to at most one
 * runtime at a time (the one that bound it); while it travels inside a message it belongs to
 * none. Messages wait in the receiving end's inbox; for each one a completion is posted to the
 * owner's loop, which pulls one message on the owner's JS thread (receiveMessageOnPort pulls
 * synchronously from the same inbox, so a message is taken exactly once).
 */
public final class PortHandle {
  // Both ends share one lock: a post, a close and a bind on either end see one state.
  private final Object lock;
  private PortHandle peer;
  private NodeRuntime owner;
  private Value onMessage;
  private Value onClose;
  private final ArrayDeque<Message> inbox = new ArrayDeque<>();
  private boolean closed;
  private boolean closeDelivered;

  private PortHandle(Object lock) {
    this.lock = lock;
  }

  /** A new channel: two entangled ends. */
  public static PortHandle[] pair() {
    Object lock = new Object();
    PortHandle a = new PortHandle(lock);
    PortHandle b = new PortHandle(lock);
    a.peer = b;
    b.peer = a;
    return new PortHandle[] {a, b};
  }

  /** Makes {@code runtime} the owner (on its JS thread); wakes it for what is already waiting. */
  void bind(NodeRuntime runtime, Value onMessage, Value onClose) {
    synchronized (lock) {
      this.owner = runtime;
      this.onMessage = onMessage;
      this.onClose = onClose;
      for (int i = inbox.size(); i > 0; i--) wake();
      if (closed) scheduleClose();
    }
  }

  /** Detaches from its owner before travelling in a message. */
  void unbind() {
    synchronized (lock) {
      owner = null;
      onMessage = null;
      onClose = null;
    }
  }

  boolean ownedBy(NodeRuntime runtime) {
    synchronized (lock) {
      return owner == runtime;
    }
  }

  /** Sends to the other end; dropped when the channel is closed, as in Node. */
  void post(Message m) {
    synchronized (lock) {
      if (closed) return;
      PortHandle to = peer;
      to.inbox.add(m);
      if (to.owner != null) to.wake();
    }
  }

  /** The next message that arrived, or null. */
  Message receive() {
    synchronized (lock) {
      return closeDelivered ? null : inbox.poll();
    }
  }

  private void wake() {
    NodeRuntime rt = owner;
    Value fn = onMessage;
    rt.loop().post(() -> rt.calls().callback(fn));
  }

  /** Closes both ends; each owner gets its close callback (an unbound end gets it when bound). */
  void close() {
    synchronized (lock) {
      if (closed) return;
      closed = true;
      peer.closed = true;
      if (owner != null) scheduleClose();
      if (peer.owner != null) peer.scheduleClose();
    }
  }

  private void scheduleClose() {
    NodeRuntime rt = owner;
    Value fn = onClose;
    rt.loop().post(() -> {
      synchronized (lock) {
        if (closeDelivered) return;
        // Messages that arrived before the close are still delivered first (their
        // completions were posted earlier); what is left now is dropped.
        closeDelivered = true;
        inbox.clear();
      }
      rt.calls().callback(fn);
    });
  }
}
