package kz.onelink.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.Path;

/**
 * The floor with Retrofit: what an app would write with Retrofit and its Gson converter, the
 * floor's POJOs and date adapters. Beside {@link Floor}, it shows what Retrofit itself costs at
 * cold start, so the rest of the SDK's cost can be told apart.
 */
final class RetrofitFloor {
  interface Appointments {
    @GET("api/v1/accounts/{account}/scheduling/appointments/{id}")
    Call<Floor.One> get(
        @Header("api_access_token") String token,
        @Path("account") long account,
        @Path("id") long id);
  }

  private final Appointments api;

  RetrofitFloor(String baseUrl) {
    api =
        new Retrofit.Builder()
            .baseUrl(baseUrl)
            .addConverterFactory(GsonConverterFactory.create(Floor.GSON))
            .build()
            .create(Appointments.class);
  }

  Floor.Appointment get() {
    try {
      Floor.One body = api.get("benchmark-token", 17, 4812).execute().body();
      if (body == null) {
        throw new IllegalStateException("no body");
      }
      return body.payload;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
