package org.node4j.pm.util;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * {@code a.localeCompare(b, 'en')} as npm uses it to order lockfile keys and dependency queues.
 * ICU's root collation is reproduced for ASCII (punctuation before digits before letters,
 * letters case-insensitive first and lower case before upper case on a tie); other text falls
 * back to Java's collator.
 */
public final class LocaleCompare implements Comparator<String> {
  public static final LocaleCompare EN = new LocaleCompare();
  /** ICU root order of ASCII punctuation and symbols (all sort before digits). */
  private static final String PUNCT = "\t\n\u000b\f\r _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";
  private static final Collator FALLBACK = Collator.getInstance(Locale.ENGLISH);

  private LocaleCompare() {}

  /** Primary weight of each ASCII character (-1: not ASCII-collatable here). A table: this is hot. */
  private static final int[] WEIGHT = new int[128];

  static {
    java.util.Arrays.fill(WEIGHT, -1);
    for (int p = 0; p < PUNCT.length(); p++) WEIGHT[PUNCT.charAt(p)] = 1 + p;
    for (char c = '0'; c <= '9'; c++) WEIGHT[c] = 100 + (c - '0');
    for (char c = 'a'; c <= 'z'; c++) WEIGHT[c] = 200 + (c - 'a');
    for (char c = 'A'; c <= 'Z'; c++) WEIGHT[c] = 200 + (c - 'A');
  }

  private static int primary(char c) {
    return c < 128 ? WEIGHT[c] : -1;
  }

  @Override
  public int compare(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < a.length(); i++) if (primary(a.charAt(i)) < 0) return FALLBACK.compare(a, b);
    for (int i = 0; i < b.length(); i++) if (primary(b.charAt(i)) < 0) return FALLBACK.compare(a, b);
    for (int i = 0; i < n; i++) {
      int c = Integer.compare(primary(a.charAt(i)), primary(b.charAt(i)));
      if (c != 0) return c;
    }
    if (a.length() != b.length()) return Integer.compare(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i), y = b.charAt(i);
      if (x != y) return Character.isLowerCase(x) ? -1 : 1;
    }
    return 0;
  }
}
