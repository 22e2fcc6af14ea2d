package kz.onelink.sdk.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.ToNumberPolicy;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The one Gson the SDK uses. Gson is immutable and thread-safe, so every client shares it; the
 * models bring their own streaming adapters, so this only adds java.time for query values and
 * free-form data.
 */
public final class GsonProvider {
  private static final Gson GSON =
      new GsonBuilder()
          .registerTypeAdapter(OffsetDateTime.class, Json.offsetDateTime())
          .registerTypeAdapter(LocalDate.class, Json.localDate())
          .setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE)
          .disableHtmlEscaping()
          .create();

  private GsonProvider() {}

  public static Gson gson() {
    return GSON;
  }
}
