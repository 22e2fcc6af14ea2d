package kz.onelink.sdk.internal.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.ToNumberPolicy;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The one Gson the SDK uses. Gson is immutable and thread-safe, so every client shares it; the
 * models bring their own streaming adapters ({@link ModelAdapters}), and this adds java.time for
 * query values and free-form data.
 */
public final class GsonProvider {
  private static final TypeAdapterFactory FACTORY = new SdkTypes();
  private static final Gson GSON =
      new GsonBuilder()
          .registerTypeAdapterFactory(FACTORY)
          .setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE)
          .disableHtmlEscaping()
          .create();

  private GsonProvider() {}

  public static Gson gson() {
    return GSON;
  }

  /** The models' adapters and the SDK's java.time forms, for any Gson. */
  public static TypeAdapterFactory typeAdapterFactory() {
    return FACTORY;
  }

  private static final class SdkTypes implements TypeAdapterFactory {
    private final ModelAdapters models = new ModelAdapters();

    @Override
    @SuppressWarnings("unchecked")
    public <T> @Nullable TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
      Class<? super T> raw = type.getRawType();
      if (raw == OffsetDateTime.class) {
        return (TypeAdapter<T>) Json.offsetDateTime();
      }
      if (raw == LocalDate.class) {
        return (TypeAdapter<T>) Json.localDate();
      }
      return models.create(gson, type);
    }

    @Override
    public String toString() {
      return "OneLinkJson.typeAdapterFactory()";
    }
  }
}
