package kz.onelink.codegen;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds the imports a generated file needs for the types it names by simple name, from a table of
 * known types (simple name → qualified name). The generator's own import lists cannot serve: they
 * name schemas that are never generated and miss the types of {@code x-onelink-returns}. Imports
 * nothing uses are then dropped by google-java-format.
 */
final class Imports {
  static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
  private static final Pattern IMPORT =
      Pattern.compile("(?m)^import\\s+(?:static\\s+)?([\\w.]+)\\s*;");
  private static final Pattern DECLARED =
      Pattern.compile("\\b(?:class|interface|enum)\\s+([A-Z]\\w*)");
  private static final Pattern TYPE_NAME = Pattern.compile("\\b[A-Z][A-Za-z0-9]*\\b");

  private Imports() {}

  static String addMissing(String source, Map<String, String> knownTypes) {
    Matcher pkg = PACKAGE.matcher(source);
    if (!pkg.find()) {
      return source;
    }
    String ownPackage = pkg.group(1);
    Set<String> visible = new LinkedHashSet<>();
    Matcher imported = IMPORT.matcher(source);
    while (imported.find()) {
      String name = imported.group(1);
      visible.add(name.substring(name.lastIndexOf('.') + 1));
    }
    Matcher declared = DECLARED.matcher(source);
    while (declared.find()) {
      visible.add(declared.group(1));
    }
    Set<String> missing = new TreeSet<>();
    Matcher names = TYPE_NAME.matcher(codeOnly(source.substring(pkg.end())));
    while (names.find()) {
      String simple = names.group();
      String qualified = knownTypes.get(simple);
      if (qualified != null
          && !visible.contains(simple)
          && !qualified.equals(ownPackage + "." + simple)) {
        missing.add(qualified);
      }
    }
    if (missing.isEmpty()) {
      return source;
    }
    StringBuilder lines = new StringBuilder();
    for (String qualified : missing) {
      lines.append("\nimport ").append(qualified).append(';');
    }
    return source.substring(0, pkg.end()) + "\n" + lines + source.substring(pkg.end());
  }

  /**
   * The source with comments, string and char literals blanked out, except {@code {@link X}} and
   * {@code @throws X} references, which need imports as much as code does.
   */
  private static String codeOnly(String source) {
    StringBuilder code = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '"' || c == '\'') {
        int end = JavaLiterals.endOf(source, i, c);
        code.append(' ');
        i = end + 1;
      } else if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? source.length() : end;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        int stop = end < 0 ? source.length() : end + 2;
        code.append(' ').append(javadocReferences(source.substring(i, stop))).append(' ');
        i = stop;
      } else {
        code.append(c);
        i++;
      }
    }
    return code.toString();
  }

  private static final Pattern REFERENCE =
      Pattern.compile("\\{@(?:link|linkplain)\\s+([A-Z]\\w*)|@throws\\s+([A-Z]\\w*)");

  private static String javadocReferences(String comment) {
    StringBuilder names = new StringBuilder();
    Matcher m = REFERENCE.matcher(comment);
    while (m.find()) {
      names.append(' ').append(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return names.toString();
  }
}
