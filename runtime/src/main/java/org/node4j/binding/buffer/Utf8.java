package org.node4j.binding.buffer;

/** UTF-8 validation and WHATWG decoding (U+FFFD per maximal invalid subpart). */
public final class Utf8 {
  private Utf8() {}

  /** Bounds of the second byte after a lead byte; 0 length (-1) when the byte cannot lead. */
  private static int need(int lead) {
    if (lead >= 0xc2 && lead <= 0xdf) return 1;
    if (lead >= 0xe0 && lead <= 0xef) return 2;
    if (lead >= 0xf0 && lead <= 0xf4) return 3;
    return -1;
  }

  private static int lower(int lead) {
    return lead == 0xe0 ? 0xa0 : lead == 0xf0 ? 0x90 : 0x80;
  }

  private static int upper(int lead) {
    return lead == 0xed ? 0x9f : lead == 0xf4 ? 0x8f : 0xbf;
  }

  public static boolean isValid(byte[] b, int start, int end) {
    int i = start;
    while (i < end) {
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xff;
      int n = need(c);
      if (n < 0 || i + n >= end) return false;
      int d = b[i + 1] & 0xff;
      if (d < lower(c) || d > upper(c)) return false;
      for (int k = 2; k <= n; k++) {
        if ((b[i + k] & 0xc0) != 0x80) return false;
      }
      i += n + 1;
    }
    return true;
  }

  public static String decodeWithReplacement(byte[] b) {
    char[] out = new char[b.length];
    int p = 0;
    int i = 0;
    int end = b.length;
    while (i < end) {
      int c = b[i];
      if (c >= 0) {
        out[p++] = (char) c;
        i++;
        continue;
      }
      c &= 0xff;
      int n = need(c);
      if (n < 0) {
        out[p++] = '\ufffd';
        i++;
        continue;
      }
      int cp = c & (n == 1 ? 0x1f : n == 2 ? 0x0f : 0x07);
      int lo = lower(c);
      int hi = upper(c);
      int j = i + 1;
      boolean ok = true;
      for (int k = 0; k < n; k++, j++) {
        if (j >= end) {
          ok = false;
          break;
        }
        int d = b[j] & 0xff;
        if (d < lo || d > hi) {
          ok = false;
          break;
        }
        lo = 0x80;
        hi = 0xbf;
        cp = cp << 6 | (d & 0x3f);
      }
      if (!ok) {
        out[p++] = '\ufffd';
        i = j;
        continue;
      }
      if (cp >= 0x10000) {
        out[p++] = Character.highSurrogate(cp);
        out[p++] = Character.lowSurrogate(cp);
      } else {
        out[p++] = (char) cp;
      }
      i = j;
    }
    return new String(out, 0, p);
  }
}
