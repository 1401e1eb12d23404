package org.node4j;

/**
 * A JavaScript error (or any thrown/rejected value) surfacing in Java: the message is the JS
 * error's, {@link #jsStack()} its {@code stack} as Node would print it.
 */
public final class JsException extends RuntimeException {
  private final String jsStack;

  public JsException(String message, String jsStack) {
    super(message);
    this.jsStack = jsStack;
  }

  /** The JS {@code error.stack} (or the thrown value as a string when it has none). */
  public String jsStack() {
    return jsStack;
  }

  @Override
  public String toString() {
    return "JsException: " + jsStack;
  }
}
