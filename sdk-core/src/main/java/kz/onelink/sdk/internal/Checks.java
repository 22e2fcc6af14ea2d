package kz.onelink.sdk.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks for public entry points. A bad argument is the caller's bug, reported as {@link
 * IllegalArgumentException} before anything is sent (never a NullPointerException from inside the
 * SDK).
 */
public final class Checks {
  private Checks() {}

  public static <T> T notNull(@Nullable T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " == null");
    }
    return value;
  }

  public static long atLeast(long value, long minimum, String name) {
    if (value < minimum) {
      throw new IllegalArgumentException(
          name + " must be at least " + minimum + " but was " + value);
    }
    return value;
  }

  public static Duration nonNegative(@Nullable Duration value, String name) {
    Duration checked = notNull(value, name);
    if (checked.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative but was " + checked);
    }
    return checked;
  }

  /** Copies {@code values} into an unmodifiable list; null stays null, null items are rejected. */
  public static <T> @Nullable List<T> immutableList(@Nullable Collection<T> values, String name) {
    if (values == null) {
      return null;
    }
    List<T> copy = new ArrayList<>(values);
    for (int i = 0; i < copy.size(); i++) {
      if (copy.get(i) == null) {
        throw new IllegalArgumentException(name + "[" + i + "] == null");
      }
    }
    return Collections.unmodifiableList(copy);
  }

  public static <T> @Nullable List<T> immutableList(T @Nullable [] values, String name) {
    return values == null ? null : immutableList(Arrays.asList(values), name);
  }
}
