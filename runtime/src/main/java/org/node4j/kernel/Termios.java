package org.node4j.kernel;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Terminal modes through tcgetattr/tcsetattr (Linux struct termios layout): the raw mode
 * tty.ReadStream.setRawMode asks for, and the saved mode to go back to.
 */
public final class Termios {
  private static final Linker LINKER = Linker.nativeLinker();
  private static final SymbolLookup LIBC = LINKER.defaultLookup();
  private static final MethodHandle TCGETATTR = LINKER.downcallHandle(LIBC.find("tcgetattr").orElseThrow(),
      FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
  private static final MethodHandle TCSETATTR = LINKER.downcallHandle(LIBC.find("tcsetattr").orElseThrow(),
      FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));

  /** sizeof(struct termios) on Linux/glibc is 60; a little slack costs nothing. */
  private static final int SIZE = 64;
  private static final long IFLAG = 0;
  private static final long OFLAG = 4;
  private static final long CFLAG = 8;
  private static final long LFLAG = 12;
  private static final long CC = 17;
  private static final int VTIME = 5;
  private static final int VMIN = 6;
  private static final int TCSADRAIN = 1;
  // Input: no break signal, no CR→NL, no parity check, no 8th-bit strip, no XON/XOFF.
  private static final int RAW_IFLAG_OFF = 0x2 | 0x100 | 0x10 | 0x20 | 0x400;
  private static final int ONLCR = 0x4;
  private static final int CS8 = 0x30;
  // Local: no echo, no line editing, no extended input processing, no signal keys.
  private static final int RAW_LFLAG_OFF = 0x8 | 0x2 | 0x8000 | 0x1;

  private Termios() {}

  /** The current mode of fd as opaque bytes, or null when fd is not a terminal. */
  public static byte[] get(int fd) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment t = arena.allocate(SIZE);
      if ((int) TCGETATTR.invokeExact(fd, t) != 0) return null;
      return t.toArray(ValueLayout.JAVA_BYTE);
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sets a mode returned by {@link #get}; false when the call failed. */
  public static boolean set(int fd, byte[] mode) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment t = arena.allocate(SIZE);
      MemorySegment.copy(mode, 0, t, ValueLayout.JAVA_BYTE, 0, Math.min(mode.length, SIZE));
      return (int) TCSETATTR.invokeExact(fd, TCSADRAIN, t) == 0;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** The raw variant of a mode: bytes arrive one at a time, unechoed, with no signal keys. */
  public static byte[] raw(byte[] mode) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment t = arena.allocate(SIZE);
      MemorySegment.copy(mode, 0, t, ValueLayout.JAVA_BYTE, 0, Math.min(mode.length, SIZE));
      t.set(ValueLayout.JAVA_INT_UNALIGNED, IFLAG, t.get(ValueLayout.JAVA_INT_UNALIGNED, IFLAG) & ~RAW_IFLAG_OFF);
      t.set(ValueLayout.JAVA_INT_UNALIGNED, OFLAG, t.get(ValueLayout.JAVA_INT_UNALIGNED, OFLAG) | ONLCR);
      t.set(ValueLayout.JAVA_INT_UNALIGNED, CFLAG, t.get(ValueLayout.JAVA_INT_UNALIGNED, CFLAG) | CS8);
      t.set(ValueLayout.JAVA_INT_UNALIGNED, LFLAG, t.get(ValueLayout.JAVA_INT_UNALIGNED, LFLAG) & ~RAW_LFLAG_OFF);
      t.set(ValueLayout.JAVA_BYTE, CC + VMIN, (byte) 1);
      t.set(ValueLayout.JAVA_BYTE, CC + VTIME, (byte) 0);
      return t.toArray(ValueLayout.JAVA_BYTE);
    }
  }
}
