package org.node4j.zlib;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The brotli C library (the build brotli4j ships on Maven Central, same version as Node 24's),
 * called through FFM rather than brotli4j's JNI wrapper: the wrapper exposes only quality,
 * window and mode, while Node passes every BrotliEncoderSetParameter/BrotliDecoderSetParameter
 * value and reports the decoder's own error codes. Loaded on first use.
 */
final class BrotliNative {
  private static final String RESOURCE = "lib/linux-x86_64/libbrotli.so";
  static final MethodHandle ENC_CREATE;
  static final MethodHandle ENC_SET;
  static final MethodHandle ENC_STREAM;
  static final MethodHandle ENC_HAS_MORE;
  static final MethodHandle ENC_FINISHED;
  static final MethodHandle ENC_DESTROY;
  static final MethodHandle DEC_CREATE;
  static final MethodHandle DEC_SET;
  static final MethodHandle DEC_STREAM;
  static final MethodHandle DEC_ERROR;
  static final MethodHandle DEC_ERROR_STRING;
  static final MethodHandle DEC_DESTROY;

  private BrotliNative() {}

  static {
    SymbolLookup lib = load();
    Linker l = Linker.nativeLinker();
    var A = ValueLayout.ADDRESS;
    var I = ValueLayout.JAVA_INT;
    ENC_CREATE = l.downcallHandle(lib.findOrThrow("BrotliEncoderCreateInstance"), FunctionDescriptor.of(A, A, A, A));
    ENC_SET = l.downcallHandle(lib.findOrThrow("BrotliEncoderSetParameter"), FunctionDescriptor.of(I, A, I, I));
    ENC_STREAM = l.downcallHandle(lib.findOrThrow("BrotliEncoderCompressStream"),
        FunctionDescriptor.of(I, A, I, A, A, A, A, A));
    ENC_HAS_MORE = l.downcallHandle(lib.findOrThrow("BrotliEncoderHasMoreOutput"), FunctionDescriptor.of(I, A));
    ENC_FINISHED = l.downcallHandle(lib.findOrThrow("BrotliEncoderIsFinished"), FunctionDescriptor.of(I, A));
    ENC_DESTROY = l.downcallHandle(lib.findOrThrow("BrotliEncoderDestroyInstance"), FunctionDescriptor.ofVoid(A));
    DEC_CREATE = l.downcallHandle(lib.findOrThrow("BrotliDecoderCreateInstance"), FunctionDescriptor.of(A, A, A, A));
    DEC_SET = l.downcallHandle(lib.findOrThrow("BrotliDecoderSetParameter"), FunctionDescriptor.of(I, A, I, I));
    DEC_STREAM = l.downcallHandle(lib.findOrThrow("BrotliDecoderDecompressStream"),
        FunctionDescriptor.of(I, A, A, A, A, A, A));
    DEC_ERROR = l.downcallHandle(lib.findOrThrow("BrotliDecoderGetErrorCode"), FunctionDescriptor.of(I, A));
    DEC_ERROR_STRING = l.downcallHandle(lib.findOrThrow("BrotliDecoderErrorString"), FunctionDescriptor.of(A, I));
    DEC_DESTROY = l.downcallHandle(lib.findOrThrow("BrotliDecoderDestroyInstance"), FunctionDescriptor.ofVoid(A));
  }

  /** Copies the library out of its jar, maps it, and deletes the copy (the mapping stays). */
  private static SymbolLookup load() {
    try (InputStream in = BrotliNative.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) throw new UnsupportedOperationException("brotli: no native library for this platform");
      Path tmp = Files.createTempFile("node4j-brotli", ".so");
      try {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        return SymbolLookup.libraryLookup(tmp, Arena.global());
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UnsupportedOperationException("brotli: cannot load the native library: " + e.getMessage(), e);
    }
  }

  static String errorString(int code) {
    try {
      MemorySegment s = (MemorySegment) DEC_ERROR_STRING.invokeExact(code);
      return s.reinterpret(256).getString(0);
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }
}
