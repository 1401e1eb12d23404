package org.node4j.crypto;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The little DER the key formats need: reading TLVs and writing SEQUENCE/INTEGER/OID/strings. */
public final class Der {
  private Der() {}

  /** One TLV: its tag and where its content lies in the source array. */
  public record Tlv(int tag, byte[] src, int start, int end) {
    public byte[] content() {
      return java.util.Arrays.copyOfRange(src, start, end);
    }

    /** The TLVs inside a constructed value. */
    public List<Tlv> children() {
      List<Tlv> out = new ArrayList<>();
      int p = start;
      while (p < end) {
        Tlv t = read(src, p);
        out.add(t);
        p = t.end;
      }
      return out;
    }
  }

  public static Tlv read(byte[] b, int p) {
    int tag = b[p++] & 0xff;
    int len = b[p++] & 0xff;
    if (len >= 0x80) {
      int n = len & 0x7f;
      if (n == 0 || n > 4) throw new IllegalArgumentException("bad DER length");
      len = 0;
      for (int i = 0; i < n; i++) len = (len << 8) | (b[p++] & 0xff);
    }
    if (len < 0 || p + len > b.length) throw new IllegalArgumentException("truncated DER");
    return new Tlv(tag, b, p, p + len);
  }

  public static byte[] tlv(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
    out.write(tag);
    int n = content.length;
    if (n < 0x80) {
      out.write(n);
    } else if (n < 0x100) {
      out.write(0x81);
      out.write(n);
    } else if (n < 0x10000) {
      out.write(0x82);
      out.write(n >> 8);
      out.write(n);
    } else {
      out.write(0x83);
      out.write(n >> 16);
      out.write(n >> 8);
      out.write(n);
    }
    out.writeBytes(content);
    return out.toByteArray();
  }

  public static byte[] seq(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(p);
    return tlv(0x30, out.toByteArray());
  }

  public static byte[] integer(BigInteger v) {
    return tlv(0x02, v.toByteArray());
  }

  public static byte[] octets(byte[] v) {
    return tlv(0x04, v);
  }

  public static byte[] bits(byte[] v) {
    byte[] c = new byte[v.length + 1];
    System.arraycopy(v, 0, c, 1, v.length);
    return tlv(0x03, c);
  }

  public static final byte[] NULL = {0x05, 0x00};

  /** An OID from its dotted form. */
  public static byte[] oid(String dotted) {
    String[] parts = dotted.split("\\.");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(Integer.parseInt(parts[0]) * 40 + Integer.parseInt(parts[1]));
    for (int i = 2; i < parts.length; i++) {
      long v = Long.parseLong(parts[i]);
      byte[] tmp = new byte[10];
      int n = 0;
      tmp[n++] = (byte) (v & 0x7f);
      v >>>= 7;
      while (v > 0) {
        tmp[n++] = (byte) (0x80 | (v & 0x7f));
        v >>>= 7;
      }
      for (int j = n - 1; j >= 0; j--) out.write(tmp[j]);
    }
    return tlv(0x06, out.toByteArray());
  }

  /** The dotted form of an OID's content bytes. */
  public static String oidString(Tlv t) {
    StringBuilder sb = new StringBuilder();
    int first = t.src[t.start] & 0xff;
    sb.append(first / 40).append('.').append(first % 40);
    long v = 0;
    for (int i = t.start + 1; i < t.end; i++) {
      int b = t.src[i] & 0xff;
      v = (v << 7) | (b & 0x7f);
      if ((b & 0x80) == 0) {
        sb.append('.').append(v);
        v = 0;
      }
    }
    return sb.toString();
  }
}
