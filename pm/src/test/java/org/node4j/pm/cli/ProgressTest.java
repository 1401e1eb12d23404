package org.node4j.pm.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private static String run(boolean terminal, AtomicInteger polled) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (Progress p = Progress.start(err, terminal, () -> "resolved " + polled.incrementAndGet() + " packages")) {
      long end = System.nanoTime() + 5_000_000_000L;
      while (terminal && polled.get() < 2 && System.nanoTime() < end) Thread.sleep(10);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void onATerminalTheLineIsRedrawnInPlaceAndErasedAtTheEnd() throws Exception {
    AtomicInteger polled = new AtomicInteger();
    String out = run(true, polled);
    assertTrue(out.startsWith("\r\u001b[K⠋ resolved 1 packages\r\u001b[K⠙ resolved 2 packages"), out);
    assertTrue(out.endsWith("\r\u001b[K"), "the last frame is erased: " + out);
    assertFalse(out.contains("\n"), "never scrolls");
  }

  @Test
  void offATerminalNothingIsDrawn() throws Exception {
    AtomicInteger polled = new AtomicInteger();
    assertEquals("", run(false, polled));
    assertEquals(0, polled.get());
  }

  @Test
  void capturedStreamsAreNotTerminals() {
    assertFalse(Progress.terminal(new PrintStream(new ByteArrayOutputStream())));
  }
}
