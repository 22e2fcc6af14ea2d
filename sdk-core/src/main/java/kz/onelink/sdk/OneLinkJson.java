package kz.onelink.sdk;

import com.google.gson.Gson;
import com.google.gson.TypeAdapterFactory;
import kz.onelink.sdk.internal.json.GsonProvider;

/**
 * The SDK's JSON, for apps that store or send models themselves (a cache, a message to another
 * process): the same streaming adapters the client uses, without reflection on model fields.
 *
 * <pre>{@code
 * String json = OneLinkJson.gson().toJson(appointment);
 * Gson yours = new GsonBuilder().registerTypeAdapterFactory(OneLinkJson.typeAdapterFactory()).create();
 * }</pre>
 */
public final class OneLinkJson {
  private OneLinkJson() {}

  /** The Gson the client uses: models, open enumerations and java.time. Immutable, shared. */
  public static Gson gson() {
    return GsonProvider.gson();
  }

  /** Gives any Gson the models' adapters and the SDK's java.time forms. */
  public static TypeAdapterFactory typeAdapterFactory() {
    return GsonProvider.typeAdapterFactory();
  }
}
