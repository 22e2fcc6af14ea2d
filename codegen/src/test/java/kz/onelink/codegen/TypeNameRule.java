package kz.onelink.codegen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The naming rule of generated types, executable: no public generated type is named like a common
 * JDK, Android or HTTP-library type ({@code denied-type-names.txt}, the one list), and no name
 * repeats its last word ({@code ServicesService}, {@code ParamsParams}). The names themselves come
 * from one place, the spec (schema names and tags), so this is what keeps it honest.
 */
final class TypeNameRule {
  static final String DENY_LIST = "denied-type-names.txt";

  /** Denied simple name → where the type it clashes with lives. */
  static final Map<String, String> DENIED = load();

  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile(
          "(?m)^[ \\t]*public\\s+(?:(?:static|final|abstract|sealed|non-sealed)\\s+)*"
              + "(?:class|interface|enum|record|@interface)\\s+([A-Za-z_$][\\w$]*)");
  private static final Pattern WORD_BOUNDARY =
      Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

  private TypeNameRule() {}

  /** The public types, top-level and nested, that {@code sources} declare, as package.Name. */
  static List<String> publicTypes(Map<String, String> sources) {
    List<String> types = new ArrayList<>();
    for (String text : sources.values()) {
      Matcher pkg = PACKAGE.matcher(text);
      String prefix = pkg.find() ? pkg.group(1) + "." : "";
      Matcher type = PUBLIC_TYPE.matcher(text);
      while (type.find()) {
        types.add(prefix + type.group(1));
      }
    }
    return types;
  }

  /** One message per type that breaks the rule, saying why and how to rename what it comes from. */
  static List<String> violations(Collection<String> qualifiedNames) {
    List<String> violations = new ArrayList<>();
    for (String qualified : qualifiedNames) {
      int dot = qualified.lastIndexOf('.');
      String pkg = dot < 0 ? "" : qualified.substring(0, dot);
      String simple = qualified.substring(dot + 1);
      String clash = DENIED.get(simple);
      if (clash != null) {
        violations.add(
            qualified + " is named like " + clash + " (" + DENY_LIST + "): " + howToRename(pkg));
      }
      String repeated = repeatedLastWord(simple);
      if (repeated != null) {
        violations.add(
            qualified + " repeats \"" + repeated + "\" (" + simple + "): " + howToRename(pkg));
      }
    }
    return violations;
  }

  /** The last word of a CamelCase name when the word before it is the same word, else null. */
  static @Nullable String repeatedLastWord(String simple) {
    String[] words = WORD_BOUNDARY.split(simple);
    if (words.length < 2) {
      return null;
    }
    String last = words[words.length - 1];
    String before = words[words.length - 2];
    boolean same =
        before.equals(last)
            || before.equals(last + "s")
            || before.equals(last + "es")
            || last.equals(before + "s");
    return same ? last : null;
  }

  private static String howToRename(String pkg) {
    if (pkg.endsWith(".model")) {
      return "it is a schema of openapi/openapi.yaml; give it the Scheduling prefix"
          + " (Service -> SchedulingService), see \"Model names\" in openapi/README.md";
    }
    if (pkg.endsWith(".params")) {
      return "it is named after an operationId; rename the operation";
    }
    return "it is named after a tag of openapi/openapi.yaml; rename the tag to a noun whose"
        + " <Tag>Service reads well (Services -> Catalog, so CatalogService), see \"Tags ->"
        + " services\" in openapi/README.md";
  }

  private static Map<String, String> load() {
    Map<String, String> denied = new LinkedHashMap<>();
    try (InputStream in = TypeNameRule.class.getResourceAsStream(DENY_LIST)) {
      if (in == null) {
        throw new IllegalStateException(DENY_LIST + " is not on the test classpath");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String text = line.trim();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        String[] nameAndOrigin = text.split("\\s+", 2);
        if (nameAndOrigin.length < 2 || denied.put(nameAndOrigin[0], nameAndOrigin[1]) != null) {
          throw new IllegalStateException(DENY_LIST + ": bad or repeated line: " + line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableMap(denied);
  }
}
