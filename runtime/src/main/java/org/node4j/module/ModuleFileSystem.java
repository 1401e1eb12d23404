package org.node4j.module;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.io.FileSystem;

/**
 * What GraalJS's ES module loader reads. Our JS resolver (lib/internal/modules/esm) decides
 * every module's path and format first and registers it here; GraalJS then reads the module
 * through this file system, which serves what was registered: an ES module file with a short
 * import.meta prefix on line 1, or the generated text of a facade (a CommonJS module or a
 * builtin seen as an ES module). Unregistered paths fall through to the real file system.
 */
public final class ModuleFileSystem implements FileSystem {
  public static final String MODULE_MIME = "application/javascript+module";

  /** prefix + the file's text (text == null), or a generated text. */
  private record Served(String prefix, String text, String mime) {}

  private final FileSystem delegate = FileSystem.newDefaultFileSystem();
  private final Map<String, Served> served = new ConcurrentHashMap<>();

  /** Registers what GraalJS gets when it loads {@code path}; text null means the file itself. */
  public void serve(String path, String prefix, String text, String mime) {
    served.put(path, new Served(prefix == null ? "" : prefix, text, mime == null ? MODULE_MIME : mime));
  }

  public boolean isServed(String path) {
    return served.containsKey(path);
  }

  @Override
  public Path parsePath(URI uri) {
    return delegate.parsePath(uri);
  }

  @Override
  public Path parsePath(String path) {
    return delegate.parsePath(path);
  }

  @Override
  public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... options) throws IOException {
    if (served.containsKey(path.toString())) return;
    delegate.checkAccess(path, modes, options);
  }

  @Override
  public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
    throw new IOException("read-only module file system");
  }

  @Override
  public void delete(Path path) throws IOException {
    throw new IOException("read-only module file system");
  }

  @Override
  public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
      throws IOException {
    Served s = served.get(path.toString());
    if (s == null) return delegate.newByteChannel(path, options, attrs);
    String text = s.text;
    if (text == null) {
      text = Files.readString(path, StandardCharsets.UTF_8);
      if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
      // A hashbang is only valid at the very start; behind the prefix it becomes a comment
      // of the same length, so positions stay true.
      if (!s.prefix.isEmpty() && text.startsWith("#!")) text = "//" + text.substring(2);
      text = s.prefix + text;
    }
    return new BytesChannel(text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
      throws IOException {
    return delegate.newDirectoryStream(dir, filter);
  }

  @Override
  public Path toAbsolutePath(Path path) {
    return path.isAbsolute() ? path : delegate.toAbsolutePath(path);
  }

  @Override
  public Path toRealPath(Path path, LinkOption... options) throws IOException {
    // The resolver registers real paths already; virtual ones (builtins) exist nowhere else.
    if (served.containsKey(path.toString())) return path;
    return delegate.toRealPath(path, options);
  }

  @Override
  public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
    return delegate.readAttributes(path, attributes, options);
  }

  @Override
  public String getMimeType(Path path) {
    Served s = served.get(path.toString());
    return s == null ? null : s.mime;
  }

  /** A read-only channel over bytes already in memory. */
  private static final class BytesChannel implements SeekableByteChannel {
    private final byte[] bytes;
    private int position;
    private boolean open = true;

    BytesChannel(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read(ByteBuffer dst) {
      if (position >= bytes.length) return -1;
      int n = Math.min(dst.remaining(), bytes.length - position);
      dst.put(bytes, position, n);
      position += n;
      return n;
    }

    @Override
    public int write(ByteBuffer src) {
      throw new NonWritableChannelException();
    }

    @Override
    public long position() {
      return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) {
      position = (int) Math.min(newPosition, bytes.length);
      return this;
    }

    @Override
    public long size() {
      return bytes.length;
    }

    @Override
    public SeekableByteChannel truncate(long size) {
      throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
      return open;
    }

    @Override
    public void close() {
      open = false;
    }
  }
}
