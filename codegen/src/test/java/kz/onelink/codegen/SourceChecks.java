package kz.onelink.codegen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The house rules for generated Java (STYLE.md §3, "Generated code is code people read"), as
 * functions from a tree's sources (relative path → text) to violations, one line each. Run on the
 * golden output and on the real spec's output by {@link SourceChecksTest}.
 */
final class SourceChecks {
  /** Lines stay shorter than this; google-java-format aims at 100 but cannot break every line. */
  static final int MAX_LINE = 120;

  static final String HEADER = "// Generated from openapi/openapi.yaml";

  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
  private static final Pattern IMPORT =
      Pattern.compile("(?m)^import\\s+(static\\s+)?([\\w.]+)(\\.\\*)?\\s*;[ \\t]*$");
  private static final Pattern JAVADOC_REFERENCE =
      Pattern.compile("(?:\\{@(?:link|linkplain|value)|@(?:see|throws|exception))[\\s*]+([\\w.]+)");

  private SourceChecks() {}

  /** The longest line of all files: its length and where it is, for the report. */
  static Map.Entry<Integer, String> longestLine(Map<String, String> sources) {
    int longest = 0;
    String where = "";
    for (Map.Entry<String, String> file : sources.entrySet()) {
      String[] lines = file.getValue().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        int length = lines[i].codePointCount(0, lines[i].length());
        if (length > longest) {
          longest = length;
          where = file.getKey() + ":" + (i + 1);
        }
      }
    }
    return Map.entry(longest, where);
  }

  static List<String> longLines(Map<String, String> sources) {
    List<String> violations = new ArrayList<>();
    sources.forEach(
        (path, text) -> {
          String[] lines = text.split("\n", -1);
          for (int i = 0; i < lines.length; i++) {
            int length = lines[i].codePointCount(0, lines[i].length());
            if (length >= MAX_LINE) {
              violations.add(path + ":" + (i + 1) + ": " + length + " columns");
            }
          }
        });
    return violations;
  }

  static List<String> wildcardImports(Map<String, String> sources) {
    List<String> violations = new ArrayList<>();
    sources.forEach(
        (path, text) -> {
          Matcher m = IMPORT.matcher(text);
          while (m.find()) {
            if (m.group(3) != null) {
              violations.add(path + ": wildcard import " + m.group(2) + ".*");
            }
          }
        });
    return violations;
  }

  /**
   * Imports whose simple name the file never uses: not in code (comments and literals blanked) and
   * not as a Javadoc reference ({@code {@link X}}, {@code @throws X}, ...), which is what
   * google-java-format counts as a use.
   */
  static List<String> unusedImports(Map<String, String> sources) {
    List<String> violations = new ArrayList<>();
    sources.forEach(
        (path, text) -> {
          Matcher m = IMPORT.matcher(text);
          List<String[]> imports = new ArrayList<>();
          while (m.find()) {
            if (m.group(3) == null) {
              String name = m.group(2);
              imports.add(new String[] {name, name.substring(name.lastIndexOf('.') + 1)});
            }
          }
          // The whole file but its imports: a package-info's annotations come before them.
          Set<String> used = identifiers(IMPORT.matcher(text).replaceAll(""));
          for (String[] imported : imports) {
            if (!used.contains(imported[1])) {
              violations.add(path + ": unused import " + imported[0]);
            }
          }
        });
    return violations;
  }

  /** Every package with a generated source has a generated {@code package-info.java}. */
  static List<String> packagesWithoutPackageInfo(Map<String, String> sources) {
    Set<String> packages = new TreeSet<>();
    Set<String> documented = new TreeSet<>();
    sources.forEach(
        (path, text) -> {
          Matcher m = PACKAGE.matcher(text);
          if (m.find()) {
            packages.add(m.group(1));
            if (path.endsWith("/package-info.java")) {
              documented.add(m.group(1));
            }
          }
        });
    List<String> violations = new ArrayList<>();
    for (String pkg : packages) {
      if (!documented.contains(pkg)) {
        violations.add(pkg + ": no package-info.java");
      }
    }
    return violations;
  }

  /** Files that do not open with {@link #HEADER}: by file, the first line they open with. */
  static Map<String, String> filesWithoutHeader(Map<String, String> sources) {
    Map<String, String> violations = new TreeMap<>();
    sources.forEach(
        (path, text) -> {
          if (!text.startsWith(HEADER)) {
            int eol = text.indexOf('\n');
            violations.put(path, eol < 0 ? text : text.substring(0, eol));
          }
        });
    return violations;
  }

  /** The identifiers of code and of Javadoc references in {@code source}. */
  private static Set<String> identifiers(String source) {
    StringBuilder code = new StringBuilder(source.length());
    Set<String> names = new LinkedHashSet<>();
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '"' || c == '\'') {
        i = JavaLiterals.endOf(source, i, c) + 1;
        code.append(' ');
      } else if (source.startsWith("//", i)) {
        int eol = source.indexOf('\n', i);
        i = eol < 0 ? source.length() : eol;
      } else if (source.startsWith("/*", i)) {
        int close = source.indexOf("*/", i + 2);
        int stop = close < 0 ? source.length() : close + 2;
        Matcher ref = JAVADOC_REFERENCE.matcher(source.substring(i, stop));
        while (ref.find()) {
          String target = ref.group(1);
          int dot = target.indexOf('.');
          names.add(dot < 0 ? target : target.substring(0, dot));
        }
        code.append(' ');
        i = stop;
      } else {
        code.append(c);
        i++;
      }
    }
    Matcher word = Pattern.compile("[A-Za-z_$][\\w$]*").matcher(code);
    while (word.find()) {
      names.add(word.group());
    }
    return names;
  }
}
