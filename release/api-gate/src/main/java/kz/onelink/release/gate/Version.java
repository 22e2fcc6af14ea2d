package kz.onelink.release.gate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code major.minor.patch} version (a qualifier such as {@code -SNAPSHOT} is ignored), and the
 * semantic-versioning rule: a patch release may change nothing users see, a minor release may add,
 * only a major release may break.
 */
public record Version(int major, int minor, int patch) implements Comparable<Version> {
  private static final Pattern SEMVER = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)(?:[-.+].*)?");

  /** Parses {@code 1.2.3}, {@code 1.2.3-SNAPSHOT} and the like. */
  public static Version parse(String text) {
    Matcher m = SEMVER.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a major.minor.patch version: " + text);
    }
    return new Version(
        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  /**
   * The most severe change that going from {@code baseline} to this version may ship.
   *
   * @throws IllegalArgumentException if this version is not above the baseline
   */
  public Change allows(Version baseline) {
    if (compareTo(baseline) <= 0) {
      throw new IllegalArgumentException(
          "version " + this + " must be above the last release " + baseline);
    }
    if (major != baseline.major || baseline.major == 0) {
      return Change.BREAKING; // 0.x: semantic versioning promises nothing
    }
    return minor != baseline.minor ? Change.ADDITIVE : Change.NONE;
  }

  /** The smallest version after {@code baseline} that may ship {@code change}. */
  public static Version required(Version baseline, Change change) {
    switch (change) {
      case BREAKING:
        return new Version(baseline.major + 1, 0, 0);
      case ADDITIVE:
        return new Version(baseline.major, baseline.minor + 1, 0);
      default:
        return new Version(baseline.major, baseline.minor, baseline.patch + 1);
    }
  }

  @Override
  public int compareTo(Version o) {
    int c = Integer.compare(major, o.major);
    if (c == 0) {
      c = Integer.compare(minor, o.minor);
    }
    return c != 0 ? c : Integer.compare(patch, o.patch);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
