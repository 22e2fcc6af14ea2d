package kz.onelink.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the Markdown that the spec's summaries and descriptions are written in into Javadoc, inside
 * the {@code /** ... *}{@code /} comments of a Java source only: {@code `code`} becomes {@code
 * {@code code}}, {@code **bold**} becomes {@code <b>}, {@code [text](url)} a link, and lines that
 * start with {@code - } a list. Code and string literals are left alone.
 *
 * <p>The generator hands the spec's text to the templates escaped for a Java string literal ({@code
 * "} as {@code \"}, {@code \} as {@code \\}); in a comment that escaping would show, so it is
 * undone first.
 */
final class Javadoc {
  private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
  private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((https?://[^)\\s]+)\\)");
  private static final Pattern COMMENT_LINE = Pattern.compile("^(\\s*\\*)( ?)(.*)$");

  private Javadoc() {}

  static String fromMarkdown(String source) {
    StringBuilder out = new StringBuilder(source.length() + 256);
    int i = 0;
    while (i < source.length()) {
      int start = nextJavadoc(source, i);
      if (start < 0) {
        out.append(source, i, source.length());
        break;
      }
      int end = source.indexOf("*/", start + 3);
      if (end < 0) {
        throw new IllegalArgumentException("unterminated Javadoc comment at offset " + start);
      }
      out.append(source, i, start);
      out.append(convertComment(source.substring(start, end), indentOf(source, start)))
          .append("*/");
      i = end + 2;
    }
    return out.toString();
  }

  /** The offset of the next {@code /**} outside string, char literals and other comments. */
  private static int nextJavadoc(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\'') {
        i = JavaLiterals.endOf(s, i, c);
      } else if (s.startsWith("//", i)) {
        int eol = s.indexOf('\n', i);
        i = eol < 0 ? s.length() : eol;
      } else if (s.startsWith("/**", i) && !s.startsWith("/**/", i)) {
        return i;
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2);
        i = end < 0 ? s.length() : end + 1;
      }
    }
    return -1;
  }

  /** The blanks before {@code /**} on its line: a comment's lines start with them and " *". */
  private static String indentOf(String source, int start) {
    String before = source.substring(source.lastIndexOf('\n', start - 1) + 1, start);
    return before.trim().isEmpty() ? before : "";
  }

  /**
   * Converts one comment, {@code /**} included and the closing {@code *}{@code /} excluded.
   *
   * <p>Lines of the spec's own text may come without the comment's {@code *}: a template that keeps
   * the line breaks of a description ({@code {{#lambda.indented}}{{{unescapedNotes}}}...}) puts
   * them in as they are, indented by four blanks. They get the comment's prefix, and their Markdown
   * bullets ({@code * } or {@code - }) become list items.
   */
  private static String convertComment(String comment, String indent) {
    List<String> lines = commentLines(unescapeJavaString(comment), indent + " *");
    List<String> out = new ArrayList<>(lines.size() + 4);
    boolean inList = false;
    boolean inPre = false;
    String prefix = " *";
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      Matcher m = COMMENT_LINE.matcher(line);
      if (n == 0 || !m.matches()) {
        if (inList) {
          out.add(prefix + " </ul>"); // the list ran to the end of the comment
          inList = false;
        }
        out.add(n == 0 ? inline(line) : line);
        continue;
      }
      prefix = m.group(1);
      String text = m.group(3);
      inPre |= text.contains("<pre>");
      if (inPre) {
        out.add(line);
        inPre = !text.contains("</pre>");
        continue;
      }
      boolean item = text.startsWith("- ");
      boolean continuation = inList && text.startsWith("  ") && !text.trim().isEmpty();
      if (item && !inList) {
        out.add(prefix + " <ul>");
        inList = true;
      } else if (inList && !item && !continuation) {
        out.add(prefix + " </ul>");
        inList = false;
      }
      if (item) {
        out.add(prefix + " <li>" + inline(text.substring(2)));
      } else if (startsParagraph(text, out)) {
        out.add(prefix + " <p>" + inline(text));
      } else {
        out.add(prefix + (text.isEmpty() ? "" : " " + inline(text)));
      }
    }
    return String.join("\n", out);
  }

  /**
   * The comment's lines, the spec's lines given the comment's prefix ({@code own}), and a line that
   * opens a {@code `code span`} closed on the next line joined with it (google-java-format wraps
   * the comment again anyway).
   */
  private static List<String> commentLines(String comment, String own) {
    String[] raw = comment.split("\n", -1);
    List<String> lines = new ArrayList<>(raw.length);
    for (int n = 0; n < raw.length; n++) {
      String line = raw[n];
      boolean beforeClose = n == raw.length - 1 && line.trim().isEmpty();
      if (n > 0 && !beforeClose && isSpecLine(line, own)) {
        line = specLineAsComment(line, own);
      }
      Matcher m = COMMENT_LINE.matcher(line);
      int last = lines.size() - 1;
      if (last >= 0
          && !beforeClose
          && m.matches()
          && !m.group(3).trim().isEmpty()
          && backticks(lines.get(last)) % 2 == 1) {
        lines.set(last, lines.get(last) + " " + m.group(3).trim());
      } else {
        lines.add(line);
      }
    }
    return lines;
  }

  private static int backticks(String line) {
    int count = 0;
    for (int i = 0; i < line.length(); i++) {
      count += line.charAt(i) == '`' ? 1 : 0;
    }
    return count;
  }

  /**
   * True for a line of the spec's text that came without the comment's prefix: no {@code *} at all,
   * or a Markdown bullet right after the four blanks the template indented it by.
   */
  private static boolean isSpecLine(String line, String own) {
    if (line.startsWith(own)) {
      return false;
    }
    return !COMMENT_LINE.matcher(line).matches() || line.startsWith("    * ");
  }

  private static String specLineAsComment(String line, String own) {
    int blanks = 0;
    while (blanks < 4 && blanks < line.length() && line.charAt(blanks) == ' ') {
      blanks++;
    }
    String text = line.substring(blanks);
    if (text.startsWith("* ")) {
      text = "- " + text.substring(2);
    }
    return text.trim().isEmpty() ? own : own + " " + text;
  }

  /** Undoes the generator's escaping of {@code "} and {@code \\} for Java string literals. */
  private static String unescapeJavaString(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\'
          && i + 1 < text.length()
          && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\\')) {
        c = text.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * True for prose after a blank comment line: a Markdown paragraph, which Javadoc only sees as one
   * when it opens with {@code <p>}. Not for the summary, block tags or lines that open HTML blocks.
   */
  private static boolean startsParagraph(String text, List<String> before) {
    if (text.isEmpty() || text.startsWith("@") || text.startsWith("<")) {
      return false;
    }
    int previous = before.size() - 1;
    boolean afterBlank = previous > 0 && before.get(previous).trim().equals("*");
    boolean afterSummary = previous > 1 && !before.get(previous - 1).trim().equals("*");
    return afterBlank && afterSummary;
  }

  private static String inline(String text) {
    String result = codeSpans(text);
    result = BOLD.matcher(result).replaceAll("<b>$1</b>");
    return LINK.matcher(result).replaceAll("<a href=\"$2\">$1</a>");
  }

  private static String codeSpans(String text) {
    Matcher m = CODE_SPAN.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      out.append(text, last, m.start());
      String code = m.group(1);
      out.append(balanced(code) ? "{@code " + code + "}" : "<code>" + escapeHtml(code) + "</code>");
      last = m.end();
    }
    return out.append(text, last, text.length()).toString();
  }

  /** {@code {@code}} ends at the first unmatched closing brace, so only balanced text fits. */
  private static boolean balanced(String code) {
    int depth = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  private static String escapeHtml(String code) {
    return code.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("{", "&#123;")
        .replace("}", "&#125;")
        .replace("@", "&#64;");
  }
}
