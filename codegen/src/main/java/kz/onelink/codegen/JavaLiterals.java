package kz.onelink.codegen;

/**
 * Where a string or character literal of Java source ends, for the scanners that must not read a
 * {@code //}, {@code /*} or an import-like word inside one ({@link Imports}, {@link Javadoc} and
 * the tests' source checks).
 */
final class JavaLiterals {
  private JavaLiterals() {}

  /**
   * The index of the quote that closes the literal opened by {@code quote} at {@code open} (the
   * last quote of a text block), or of the line end where an unclosed one stops.
   */
  static int endOf(String s, int open, char quote) {
    if (quote == '"' && s.startsWith("\"\"\"", open)) {
      int close = s.indexOf("\"\"\"", open + 3);
      return close < 0 ? s.length() : close + 2;
    }
    for (int i = open + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote || c == '\n') {
        return i;
      }
    }
    return s.length();
  }
}
