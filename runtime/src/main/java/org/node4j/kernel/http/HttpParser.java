package org.node4j.kernel.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An incremental HTTP/1.x parser for requests or responses, strict the way llhttp is in Node:
 * the request-smuggling shapes (Content-Length with Transfer-Encoding, duplicate or malformed
 * Content-Length, obs-fold, bare CR or LF, bad chunk sizes) are errors with llhttp's code and
 * reason. It runs on the socket's I/O thread, so the JS thread receives parsed heads and body
 * chunks. Not thread-safe: one parser per connection, fed in order.
 */
public final class HttpParser {
  /** Parsed events; called synchronously from {@link #feed} / {@link #eof}. */
  public interface Listener {
    void head(Head head);

    void body(byte[] data, int offset, int length);

    /** The message ended; {@code trailers} is [name, value, …] (empty when none). */
    void complete(String[] trailers);

    void error(String code, String reason, int bytesParsed, byte[] rawPacket);

    /** After an upgrade (or CONNECT) head: the bytes that followed it; the parser is done. */
    void upgrade(byte[] rest);
  }

  /** A request or response head. rawHeaders is [name, value, …] as received. */
  public record Head(String method, String url, int statusCode, String statusMessage, int versionMajor,
      int versionMinor, String[] rawHeaders, boolean shouldKeepAlive, boolean upgrade) {}

  public static final Set<String> METHODS = Set.of("ACL", "BIND", "CHECKOUT", "CONNECT", "COPY", "DELETE",
      "GET", "HEAD", "LINK", "LOCK", "M-SEARCH", "MERGE", "MKACTIVITY", "MKCALENDAR", "MKCOL", "MOVE", "NOTIFY",
      "OPTIONS", "PATCH", "POST", "PROPFIND", "PROPPATCH", "PURGE", "PUT", "QUERY", "REBIND", "REPORT", "SEARCH",
      "SOURCE", "SUBSCRIBE", "TRACE", "UNBIND", "UNLINK", "UNLOCK", "UNSUBSCRIBE");

  private static final int MAX_CHUNK_EXTENSIONS = 16 * 1024;

  private enum State { START, HEADERS, BODY_LENGTH, CHUNK_SIZE, CHUNK_DATA, CHUNK_CRLF, TRAILERS, BODY_EOF, CLOSED, DEAD }

  private final boolean request;
  private final int maxHeaderSize;
  private final Listener out;
  private State state = State.START;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
  private int headerBytes;
  private long consumed; // bytes of the current feed already parsed (for bytesParsed)
  private byte[] current;

  // the message being parsed
  private String method;
  private String url;
  private int status;
  private String statusMessage;
  private int major;
  private int minor;
  private final List<String> headers = new ArrayList<>();
  private long contentLength;
  private boolean hasContentLength;
  private boolean chunked;
  private boolean hasTransferEncoding;
  private boolean connectionClose;
  private boolean connectionKeepAlive;
  private boolean connectionUpgrade;
  private boolean hasUpgradeHeader;
  private long remaining;
  private boolean noBody; // a response to HEAD, set by the client before the response
  private boolean keepAlive;

  public HttpParser(boolean request, int maxHeaderSize, Listener out) {
    this.request = request;
    this.maxHeaderSize = maxHeaderSize;
    this.out = out;
  }

  /** The next response answers a HEAD request (it has no body whatever its headers say). */
  public void expectNoBody(boolean b) {
    noBody = b;
  }

  /** Parses a chunk of bytes. */
  public void feed(byte[] data) {
    current = data;
    int i = 0;
    int n = data.length;
    while (i < n && state != State.DEAD) {
      consumed = i;
      switch (state) {
        case START, HEADERS, TRAILERS, CHUNK_SIZE -> i = lines(data, i, n);
        case BODY_LENGTH -> {
          int take = (int) Math.min(remaining, n - i);
          out.body(data, i, take);
          i += take;
          remaining -= take;
          if (remaining == 0) messageComplete(new String[0]);
        }
        case CHUNK_DATA -> {
          int take = (int) Math.min(remaining, n - i);
          out.body(data, i, take);
          i += take;
          remaining -= take;
          if (remaining == 0) {
            state = State.CHUNK_CRLF;
            remaining = 2;
          }
        }
        case CHUNK_CRLF -> {
          byte b = data[i];
          if (remaining == 2 && b == '\n') {
            fail("HPE_CR_EXPECTED", "Missing expected CR after chunk data", i);
            return;
          }
          if (remaining == 2 && b != '\r') {
            fail("HPE_STRICT", "Expected LF after chunk data", i);
            return;
          }
          if (remaining == 1 && b != '\n') {
            fail("HPE_STRICT", "Expected LF after chunk data", i);
            return;
          }
          i++;
          if (--remaining == 0) state = State.CHUNK_SIZE;
        }
        case BODY_EOF -> {
          out.body(data, i, n - i);
          i = n;
        }
        case CLOSED -> {
          // llhttp ignores stray CR/LF after a message and rejects anything else
          byte b = data[i];
          if (b == '\r' || b == '\n') {
            i++;
          } else {
            fail("HPE_CLOSED_CONNECTION", "Data after `Connection: close`", i);
            return;
          }
        }
        default -> i = n;
      }
    }
  }

  /** The peer closed: a body delimited by the connection's end is complete. */
  public void eof() {
    if (state == State.BODY_EOF) messageComplete(new String[0]);
  }

  // ---- line-oriented states ----

  private int lines(byte[] data, int i, int n) {
    State s = state;
    while (i < n && state == s) {
      int lf = -1;
      for (int j = i; j < n; j++) {
        if (data[j] == '\n') {
          lf = j;
          break;
        }
      }
      int end = lf < 0 ? n : lf + 1;
      if (s != State.CHUNK_SIZE) {
        headerBytes += end - i;
        if (headerBytes > maxHeaderSize) {
          fail("HPE_HEADER_OVERFLOW", "Header overflow", end);
          return n;
        }
      } else if (line.size() + (end - i) > MAX_CHUNK_EXTENSIONS) {
        fail("HPE_CHUNK_EXTENSIONS_OVERFLOW", "Chunk extensions overflow", end);
        return n;
      }
      if (lf < 0 && s == State.START && request && !methodPrefixOk(data, i, end)) {
        // llhttp rejects a method byte by byte, without waiting for the line to end
        fail("HPE_INVALID_METHOD", "Invalid method encountered", i);
        return n;
      }
      line.write(data, i, end - i);
      if (lf < 0) return n;
      byte[] l = line.toByteArray();
      consumed = end - l.length; // where this line started (approximate when it spanned reads)
      line.reset();
      boolean ok = switch (s) {
        case START -> startLine(l);
        case HEADERS -> headerLine(l, false);
        case TRAILERS -> headerLine(l, true);
        case CHUNK_SIZE -> chunkSize(l);
        default -> true;
      };
      i = end;
      if (!ok) return n;
      if (state == State.DEAD) return n;
      if (upgraded) {
        upgraded = false;
        byte[] rest = new byte[n - i];
        System.arraycopy(data, i, rest, 0, rest.length);
        state = State.DEAD;
        out.upgrade(rest);
        return n;
      }
    }
    return i;
  }

  private boolean upgraded;
  /** The next header line is the first after the start line (a leading space there has its own error). */
  private boolean firstHeaderLine;

  /** The line without its CRLF; errors for a bare LF or a CR not followed by LF. */
  private int contentEnd(byte[] l, String what, String crCode) {
    int len = l.length - 1; // drop LF
    if (len == 0 || l[len - 1] != '\r') {
      fail(crCode, what, 0);
      return -1;
    }
    len--;
    for (int k = 0; k < len; k++) {
      if (l[k] == '\r') {
        fail("HPE_STRICT", "Expected CRLF after version", 0);
        return -1;
      }
    }
    return len;
  }

  private boolean startLine(byte[] l) {
    if (l.length == 1 || (l.length == 2 && l[0] == '\r')) {
      headerBytes = 0;
      return true; // empty lines before a message are skipped
    }
    return request ? requestLine(l) : statusLine(l);
  }

  private boolean requestLine(byte[] l) {
    int mEnd = methodEnd(l);
    if (mEnd < 0) return false;
    String m = new String(l, 0, mEnd, StandardCharsets.ISO_8859_1);
    if (m.equals("PRI")) {
      fail("HPE_PAUSED_H2_UPGRADE", "Pause on PRI/Upgrade", mEnd);
      return false;
    }
    // llhttp lets any number of spaces separate the parts of the request line
    int uStart = mEnd;
    while (uStart < l.length && l[uStart] == ' ') uStart++;
    int k = uStart;
    while (k < l.length && l[k] != ' ' && l[k] != '\r' && l[k] != '\n') {
      byte b = l[k];
      if (b == '\t') {
        fail("HPE_INVALID_URL", "Invalid characters in url", k);
        return false;
      }
      if ((b & 0xff) < 0x21 || (b & 0xff) >= 0x7f) {
        fail("HPE_INVALID_URL", "Invalid char in url path", k);
        return false;
      }
      k++;
    }
    if (k == uStart || k >= l.length) {
      fail("HPE_INVALID_URL", "Invalid char in url path", k);
      return false;
    }
    String u = new String(l, uStart, k - uStart, StandardCharsets.ISO_8859_1);
    if (l[k] != ' ') {
      // "GET /\r\n": an HTTP/0.9 request line, which llhttp still reads headers after
      if (l[k] == '\r' && k + 1 < l.length && l[k + 1] == '\n') {
        beginMessage();
        method = m;
        url = u;
        major = 0;
        minor = 9;
        state = State.HEADERS;
        firstHeaderLine = true;
        return true;
      }
      fail("HPE_INVALID_URL", "Invalid char in url path", k);
      return false;
    }
    int v = k + 1;
    while (v < l.length && l[v] == ' ') v++;
    if (!startsWith(l, v, "HTTP/")) {
      fail("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/", v);
      return false;
    }
    if (!version(l, v + 5)) return false;
    int after = v + 8;
    if (after >= l.length || (l[after] != '\r' && l[after] != '\n')) {
      fail("HPE_INVALID_VERSION", "Expected CRLF after version", after);
      return false;
    }
    if (l[after] == '\n') {
      fail("HPE_INVALID_VERSION", "Expected CRLF after version", after);
      return false;
    }
    if (after + 1 >= l.length || l[after + 1] != '\n') {
      fail("HPE_STRICT", "Expected CRLF after version", after);
      return false;
    }
    beginMessage();
    method = m;
    url = u;
    state = State.HEADERS;
    firstHeaderLine = true;
    return true;
  }

  /**
   * Where the method of a request line ends (its length), checked the way llhttp matches
   * methods: a known method followed by anything but a space is "Expected space after method";
   * bytes that start no method are "Invalid method encountered".
   */
  private int methodEnd(byte[] l) {
    int sp = indexOf(l, (byte) ' ', 0);
    int mEnd = sp < 0 ? l.length : sp;
    String token = new String(l, 0, Math.min(mEnd, 24), StandardCharsets.ISO_8859_1);
    if (sp >= 0 && (METHODS.contains(token) || token.equals("PRI"))) return mEnd;
    for (String known : METHODS) {
      if (token.startsWith(known) && token.length() > known.length()) {
        fail("HPE_INVALID_METHOD", "Expected space after method", known.length());
        return -1;
      }
    }
    fail("HPE_INVALID_METHOD", "Invalid method encountered", 0);
    return -1;
  }

  /** True while the bytes of a partial request line could still start a known method. */
  private boolean methodPrefixOk(byte[] data, int from, int to) {
    int len = line.size();
    byte[] head = new byte[Math.min(24, len + (to - from))];
    byte[] sofar = line.toByteArray();
    int k = 0;
    for (; k < head.length && k < sofar.length; k++) head[k] = sofar[k];
    for (int j = from; k < head.length; k++, j++) head[k] = data[j];
    int end = indexOf(head, (byte) ' ', 0);
    if (end < 0) end = head.length;
    // skip empty lines before a message
    int start = 0;
    while (start < end && (head[start] == '\r' || head[start] == '\n')) start++;
    if (start == end) return true;
    String token = new String(head, start, end - start, StandardCharsets.ISO_8859_1);
    for (String known : METHODS) {
      if (known.startsWith(token) || token.startsWith(known)) return true;
    }
    return "PRI".startsWith(token) || token.startsWith("PRI"); // the HTTP/2 preface
  }

  private boolean version(byte[] l, int at) {
    if (at + 2 >= l.length || !isDigit(l[at])) {
      fail("HPE_INVALID_VERSION", "Invalid major version", at);
      return false;
    }
    if (l[at + 1] != '.') {
      fail("HPE_INVALID_VERSION", "Expected dot", at + 1);
      return false;
    }
    if (!isDigit(l[at + 2])) {
      fail("HPE_INVALID_VERSION", "Invalid minor version", at + 2);
      return false;
    }
    major = l[at] - '0';
    minor = l[at + 2] - '0';
    boolean known = (major == 1 && (minor == 0 || minor == 1)) || (major == 0 && minor == 9)
        || (major == 2 && minor == 0);
    if (!known) {
      fail("HPE_INVALID_VERSION", "Invalid HTTP version", at + 3);
      return false;
    }
    return true;
  }

  private boolean statusLine(byte[] l) {
    if (!startsWith(l, 0, "HTTP/")) {
      fail("HPE_INVALID_CONSTANT", "Expected HTTP/", 0);
      return false;
    }
    if (!version(l, 5)) return false;
    int len = contentEnd(l, "Expected CRLF after version", "HPE_LF_EXPECTED");
    if (len < 0) return false;
    if (len < 12 || l[8] != ' ' || !isDigit(l[9]) || !isDigit(l[10]) || !isDigit(l[11])) {
      fail("HPE_INVALID_STATUS", "Invalid status code", 9);
      return false;
    }
    beginMessage();
    status = (l[9] - '0') * 100 + (l[10] - '0') * 10 + (l[11] - '0');
    int r = 12;
    if (r < len && l[r] == ' ') r++;
    statusMessage = new String(l, r, Math.max(0, len - r), StandardCharsets.ISO_8859_1);
    state = State.HEADERS;
    firstHeaderLine = true;
    return true;
  }

  private void beginMessage() {
    headers.clear();
    method = null;
    url = null;
    status = 0;
    statusMessage = null;
    hasContentLength = false;
    contentLength = 0;
    chunked = false;
    hasTransferEncoding = false;
    connectionClose = false;
    connectionKeepAlive = false;
    connectionUpgrade = false;
    hasUpgradeHeader = false;
  }

  private boolean headerLine(byte[] l, boolean trailer) {
    int len = l.length - 1;
    if (len == 0) {
      fail("HPE_INVALID_HEADER_TOKEN", "Invalid header token", 0);
      return false;
    }
    if (len == 1 && l[0] == '\r') {
      return trailer ? endTrailers() : headersComplete();
    }
    boolean first = firstHeaderLine;
    firstHeaderLine = false;
    if (l[0] == ' ' || l[0] == '\t') {
      if (first && !trailer) fail("HPE_UNEXPECTED_SPACE", "Unexpected space after start line", 0);
      else fail("HPE_INVALID_HEADER_TOKEN", "Unexpected whitespace after header value", 0);
      return false;
    }
    int colon = -1;
    for (int k = 0; k < len; k++) {
      byte b = l[k];
      if (b == ':') {
        colon = k;
        break;
      }
      if (!isTchar(b)) {
        fail("HPE_INVALID_HEADER_TOKEN", "Invalid header token", k);
        return false;
      }
    }
    if (colon <= 0) {
      fail("HPE_INVALID_HEADER_TOKEN", "Invalid header token", 0);
      return false;
    }
    // the value: OWS trimmed; a bare LF or a CR without LF ends it wrongly
    if (l[len - 1] != '\r') {
      fail("HPE_CR_EXPECTED", "Missing expected CR after header value", len);
      return false;
    }
    int vEnd = len - 1;
    for (int k = colon + 1; k < vEnd; k++) {
      byte b = l[k];
      if (b == '\r') {
        fail("HPE_LF_EXPECTED", "Missing expected LF after header value", k);
        return false;
      }
      if (b != '\t' && ((b & 0xff) < 0x20 || b == 0x7f)) {
        fail("HPE_INVALID_HEADER_TOKEN", "Invalid header value char", k);
        return false;
      }
    }
    int vStart = colon + 1;
    while (vStart < vEnd && (l[vStart] == ' ' || l[vStart] == '\t')) vStart++;
    while (vEnd > vStart && (l[vEnd - 1] == ' ' || l[vEnd - 1] == '\t')) vEnd--;
    String name = new String(l, 0, colon, StandardCharsets.ISO_8859_1);
    String value = new String(l, vStart, vEnd - vStart, StandardCharsets.ISO_8859_1);
    headers.add(name);
    headers.add(value);
    return trailer || special(name, value);
  }

  private boolean special(String name, String value) {
    if (name.equalsIgnoreCase("content-length")) {
      if (request && hasTransferEncoding) {
        fail("HPE_INVALID_CONTENT_LENGTH", "Content-Length can't be present with Transfer-Encoding", 0);
        return false;
      }
      if (hasContentLength) {
        fail("HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length", 0);
        return false;
      }
      if (value.isEmpty()) {
        fail("HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length", 0);
        return false;
      }
      long v = 0;
      for (int k = 0; k < value.length(); k++) {
        char c = value.charAt(k);
        if (c < '0' || c > '9') {
          fail("HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length", 0);
          return false;
        }
        if (v > (Long.MAX_VALUE - 9) / 10) {
          fail("HPE_INVALID_CONTENT_LENGTH", "Content-Length overflow", 0);
          return false;
        }
        v = v * 10 + (c - '0');
      }
      hasContentLength = true;
      contentLength = v;
    } else if (name.equalsIgnoreCase("transfer-encoding")) {
      if (request && hasContentLength) {
        fail("HPE_INVALID_TRANSFER_ENCODING", "Transfer-Encoding can't be present with Content-Length", 0);
        return false;
      }
      if (request && chunked) {
        // chunked must be the last coding: nothing may follow it, not even a second header
        fail("HPE_INVALID_TRANSFER_ENCODING", "Invalid `Transfer-Encoding` header value", 0);
        return false;
      }
      hasTransferEncoding = true;
      String[] codings = value.split(",");
      chunked = false;
      for (int k = 0; k < codings.length; k++) {
        String c = codings[k].trim();
        if (c.equalsIgnoreCase("chunked")) {
          if (k != codings.length - 1 && request) {
            fail("HPE_INVALID_TRANSFER_ENCODING", "Invalid `Transfer-Encoding` header value", 0);
            return false;
          }
          chunked = k == codings.length - 1;
        }
      }
    } else if (name.equalsIgnoreCase("connection")) {
      for (String t : value.split(",")) {
        String v = t.trim();
        if (v.equalsIgnoreCase("close")) connectionClose = true;
        else if (v.equalsIgnoreCase("keep-alive")) connectionKeepAlive = true;
        else if (v.equalsIgnoreCase("upgrade")) connectionUpgrade = true;
      }
    } else if (name.equalsIgnoreCase("upgrade")) {
      hasUpgradeHeader = true;
    }
    return true;
  }

  private boolean headersComplete() {
    if (hasTransferEncoding && hasContentLength && request) {
      fail("HPE_INVALID_TRANSFER_ENCODING", "Transfer-Encoding can't be present with Content-Length", 0);
      return false;
    }
    if (hasTransferEncoding && !chunked && request) {
      fail("HPE_INVALID_TRANSFER_ENCODING", "Request has invalid `Transfer-Encoding`", 0);
      return false;
    }
    headerBytes = 0;
    boolean http11 = major > 1 || (major == 1 && minor >= 1);
    keepAlive = http11 ? !connectionClose : connectionKeepAlive;
    boolean upgrade;
    if (request) {
      upgrade = "CONNECT".equals(method) || (connectionUpgrade && hasUpgradeHeader);
    } else {
      upgrade = status == 101 || (connectionUpgrade && hasUpgradeHeader && status == 101);
    }
    boolean bodyless = !request && (noBody || status / 100 == 1 || status == 204 || status == 304);
    if (!request && !bodyless && !chunked && !hasContentLength) keepAlive = false; // body until EOF
    String[] raw = headers.toArray(new String[0]);
    out.head(new Head(method, url, status, statusMessage, major, minor, raw, keepAlive && !upgrade, upgrade));
    if (state == State.DEAD) return false;
    if (upgrade) {
      upgraded = true;
      return true;
    }
    if (!request && status / 100 == 1) {
      state = State.START; // an informational response: the real one follows
      return true;
    }
    if (bodyless) {
      noBody = false;
      messageComplete(new String[0]);
    } else if (chunked) {
      state = State.CHUNK_SIZE;
    } else if (hasContentLength && contentLength > 0) {
      remaining = contentLength;
      state = State.BODY_LENGTH;
    } else if (!request && !hasContentLength) {
      state = State.BODY_EOF;
    } else {
      messageComplete(new String[0]);
    }
    return true;
  }

  private boolean chunkSize(byte[] l) {
    int len = l.length - 1;
    if (len == 0 || l[len - 1] != '\r') {
      fail("HPE_CR_EXPECTED", "Missing expected CR after chunk size", 0);
      return false;
    }
    len--;
    long size = 0;
    int k = 0;
    for (; k < len; k++) {
      int d = Character.digit(l[k], 16);
      if (d < 0) break;
      if (size > (Long.MAX_VALUE >> 4)) {
        fail("HPE_INVALID_CHUNK_SIZE", "Chunk size overflow", k);
        return false;
      }
      size = size * 16 + d;
    }
    if (k == 0 || (k < len && l[k] != ';')) {
      fail("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size", k);
      return false;
    }
    if (size == 0) {
      state = State.TRAILERS;
      headers.clear();
    } else {
      remaining = size;
      state = State.CHUNK_DATA;
    }
    return true;
  }

  private boolean endTrailers() {
    headerBytes = 0;
    messageComplete(headers.toArray(new String[0]));
    return true;
  }

  private void messageComplete(String[] trailers) {
    state = keepAlive ? State.START : State.CLOSED;
    noBody = false;
    out.complete(trailers);
  }

  private void fail(String code, String reason, int at) {
    if (state == State.DEAD) return;
    state = State.DEAD;
    out.error(code, reason, (int) Math.max(0, consumed + at), current);
  }

  // ---- bytes ----

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  private static boolean isTchar(byte b) {
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')) return true;
    return "!#$%&'*+-.^_`|~".indexOf(b) >= 0;
  }

  private static int indexOf(byte[] a, byte b, int from) {
    for (int k = from; k < a.length; k++) if (a[k] == b) return k;
    return -1;
  }

  private static boolean startsWith(byte[] a, int at, String s) {
    if (at + s.length() > a.length) return false;
    for (int k = 0; k < s.length(); k++) if (a[at + k] != s.charAt(k)) return false;
    return true;
  }
}
