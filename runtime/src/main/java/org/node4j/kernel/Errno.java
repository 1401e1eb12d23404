package org.node4j.kernel;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/** Linux errno names, numbers and libuv's descriptions, and the mapping from Java I/O exceptions. */
public enum Errno {
  EPERM(1, "operation not permitted"),
  ENOENT(2, "no such file or directory"),
  ESRCH(3, "no such process"),
  EINTR(4, "interrupted system call"),
  EIO(5, "i/o error"),
  EBADF(9, "bad file descriptor"),
  EAGAIN(11, "resource temporarily unavailable"),
  ENOMEM(12, "not enough memory"),
  EACCES(13, "permission denied"),
  EBUSY(16, "resource busy or locked"),
  EEXIST(17, "file already exists"),
  EXDEV(18, "cross-device link not permitted"),
  ENOTDIR(20, "not a directory"),
  EISDIR(21, "illegal operation on a directory"),
  EINVAL(22, "invalid argument"),
  EMFILE(24, "too many open files"),
  ENOSPC(28, "no space left on device"),
  ESPIPE(29, "invalid seek"),
  EROFS(30, "read-only file system"),
  EPIPE(32, "broken pipe"),
  ENAMETOOLONG(36, "name too long"),
  ENOSYS(38, "function not implemented"),
  ENOTEMPTY(39, "directory not empty"),
  ELOOP(40, "too many symbolic links encountered"),
  ENOTSUP(95, "operation not supported on socket"),
  EADDRINUSE(98, "address already in use"),
  EADDRNOTAVAIL(99, "address not available"),
  ECONNRESET(104, "connection reset by peer"),
  ETIMEDOUT(110, "connection timed out"),
  ECONNREFUSED(111, "connection refused");

  public final int number;
  public final String description;

  Errno(int number, String description) {
    this.number = number;
    this.description = description;
  }

  /** libuv's negative errno. */
  public int uv() {
    return -number;
  }

  public static Errno of(IOException e) {
    if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) return ENOENT;
    if (e instanceof FileAlreadyExistsException) return EEXIST;
    if (e instanceof AccessDeniedException) return EACCES;
    if (e instanceof DirectoryNotEmptyException) return ENOTEMPTY;
    if (e instanceof NotDirectoryException) return ENOTDIR;
    if (e instanceof FileSystemLoopException) return ELOOP;
    if (e instanceof NotLinkException) return EINVAL;
    String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
    if (reason != null) {
      String r = reason.toLowerCase();
      if (r.contains("is a directory")) return EISDIR;
      if (r.contains("not a directory")) return ENOTDIR;
      if (r.contains("too many open files")) return EMFILE;
      if (r.contains("no such file")) return ENOENT;
      if (r.contains("permission denied")) return EACCES;
      if (r.contains("directory not empty")) return ENOTEMPTY;
      if (r.contains("file exists")) return EEXIST;
      if (r.contains("too many levels of symbolic links")) return ELOOP;
      if (r.contains("broken pipe")) return EPIPE;
      if (r.contains("no space left")) return ENOSPC;
      if (r.contains("read-only file system")) return EROFS;
      if (r.contains("name too long")) return ENAMETOOLONG;
    }
    return EIO;
  }
}
