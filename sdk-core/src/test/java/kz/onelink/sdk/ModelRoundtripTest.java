package kz.onelink.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import kz.onelink.sdk.internal.json.GsonProvider;
import kz.onelink.sdk.model.Appointment;
import kz.onelink.sdk.model.AppointmentListResponse;
import kz.onelink.sdk.model.AppointmentResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every baseline fixture survives decode → encode unchanged: every key, every explicit null. */
class ModelRoundtripTest {
  private final Gson gson = GsonProvider.gson();

  @ParameterizedTest
  @ValueSource(strings = {"get-200.json", "paid-200.json", "cancel-200.json", "update-200.json"})
  void singleAppointmentFixturesRoundTrip(String fixture) {
    String json = Fixtures.read("appointments/" + fixture);

    AppointmentResponse decoded = gson.fromJson(json, AppointmentResponse.class);

    assertThat(JsonParser.parseString(gson.toJson(decoded)))
        .isEqualTo(JsonParser.parseString(json));
  }

  @ParameterizedTest
  @ValueSource(strings = {"list-200.json", "list-empty-200.json"})
  void listFixturesRoundTrip(String fixture) {
    String json = Fixtures.read("appointments/" + fixture);

    AppointmentListResponse decoded = gson.fromJson(json, AppointmentListResponse.class);

    assertThat(JsonParser.parseString(gson.toJson(decoded)))
        .isEqualTo(JsonParser.parseString(json));
  }

  @ParameterizedTest
  @ValueSource(strings = {"get-200.json", "paid-200.json"})
  void modelsWorkWithAnAppsOwnGsonThroughTheSdksFactory(String fixture) {
    JsonElement payload =
        JsonParser.parseString(Fixtures.read("appointments/" + fixture))
            .getAsJsonObject()
            .get("payload");

    Gson appsOwn =
        new GsonBuilder().registerTypeAdapterFactory(OneLinkJson.typeAdapterFactory()).create();
    Appointment viaPlainGson = appsOwn.fromJson(payload, Appointment.class);
    Appointment viaSdkGson = gson.fromJson(payload, Appointment.class);

    assertThat(viaPlainGson).isEqualTo(viaSdkGson);
    assertThat(viaPlainGson.hashCode()).isEqualTo(viaSdkGson.hashCode());
  }
}
