package kz.onelink.sdk.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A list sent as one comma-separated query value ({@code status=scheduled,confirmed}), the form the
 * server splits. Retrofit writes query values with {@code toString()}.
 */
public final class Csv {
  private final List<?> values;

  private Csv(List<?> values) {
    this.values = values;
  }

  /** Returns null for a null or empty list, so the parameter is left out of the URL. */
  public static @Nullable Csv of(@Nullable List<?> values) {
    return values == null || values.isEmpty() ? null : new Csv(values);
  }

  @Override
  public String toString() {
    StringBuilder result = new StringBuilder();
    for (Object value : values) {
      if (result.length() > 0) {
        result.append(',');
      }
      result.append(value);
    }
    return result.toString();
  }
}
