package kz.onelink.sdk.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A path of the spec, {@code /api/v1/accounts/{account_id}/scheduling/appointments/{id}}, and what
 * its shape says: the collection it names, the item parameter, and a member after it ({@code
 * cancel}, {@code work_rules}).
 */
final class PathTemplate {
  static final String ACCOUNT = "account_id";

  final String template;
  private final Pattern pattern;
  private final List<String> names = new ArrayList<>();

  /** The segments after {@code {account_id}}, e.g. {@code [scheduling, appointments, {id}]}. */
  private final List<String> tail;

  PathTemplate(String template) {
    this.template = template;
    StringBuilder regex = new StringBuilder();
    List<String> segments = new ArrayList<>();
    for (String segment : template.split("/", -1)) {
      if (segment.isEmpty()) {
        continue;
      }
      segments.add(segment);
      regex.append('/');
      if (isParameter(segment)) {
        names.add(segment.substring(1, segment.length() - 1));
        regex.append("([^/]+)");
      } else {
        regex.append(Pattern.quote(segment));
      }
    }
    // Rails routes ignore one trailing slash.
    this.pattern = Pattern.compile(regex + "/?");
    int account = segments.indexOf("{" + ACCOUNT + "}");
    this.tail = Collections.unmodifiableList(segments.subList(account + 1, segments.size()));
  }

  /** The path parameters by name, or null when {@code path} is not this template. */
  @Nullable Map<String, String> match(String path) {
    Matcher matcher = pattern.matcher(path);
    if (!matcher.matches()) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      values.put(names.get(i), matcher.group(i + 1));
    }
    return values;
  }

  /** Where the first parameter after the account sits in {@link #tail}, or -1. */
  private int itemIndex() {
    for (int i = 0; i < tail.size(); i++) {
      if (isParameter(tail.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** {@code appointments} for every appointments path; {@code calendar} for the calendar. */
  @Nullable String collection() {
    int item = itemIndex();
    int index = item < 0 ? tail.size() - 1 : item - 1;
    return index < 0 || isParameter(tail.get(index)) ? null : tail.get(index);
  }

  /** The name of the item parameter ({@code id}, {@code resource_id}), or null. */
  @Nullable String itemParameter() {
    int item = itemIndex();
    return item < 0 ? null : tail.get(item).substring(1, tail.get(item).length() - 1);
  }

  /** The one literal segment after the item parameter ({@code cancel}, {@code work_rules}). */
  @Nullable String member() {
    int item = itemIndex();
    if (item < 0 || tail.size() != item + 2 || isParameter(tail.get(item + 1))) {
      return null;
    }
    return tail.get(item + 1);
  }

  /** Whether the path ends at the item parameter: {@code /appointments/{id}}. */
  boolean endsAtItem() {
    int item = itemIndex();
    return item >= 0 && item == tail.size() - 1;
  }

  boolean hasAccount() {
    return names.contains(ACCOUNT);
  }

  private static boolean isParameter(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  @Override
  public String toString() {
    return template + " " + Arrays.toString(tail.toArray());
  }
}
