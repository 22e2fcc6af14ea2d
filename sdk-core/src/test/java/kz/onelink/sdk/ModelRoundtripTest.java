package kz.onelink.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import kz.onelink.sdk.internal.json.GsonProvider;
import kz.onelink.sdk.model.Appointment;
import kz.onelink.sdk.model.AppointmentListResponse;
import kz.onelink.sdk.model.AppointmentResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every baseline fixture survives decode → encode unchanged: every key, every explicit null. */
class ModelRoundtripTest {
  private final Gson gson = GsonProvider.gson();

  /** An app's Gson that writes nulls: what the server left out must still be left out. */
  private final Gson writingNulls = Fixtures.gsonWritingNulls();

  @ParameterizedTest
  @ValueSource(strings = {"get-200.json", "paid-200.json", "cancel-200.json", "update-200.json"})
  void singleAppointmentFixturesRoundTrip(String fixture) {
    String json = Fixtures.read("appointments/" + fixture);

    AppointmentResponse decoded = gson.fromJson(json, AppointmentResponse.class);

    assertThat(JsonParser.parseString(gson.toJson(decoded)))
        .isEqualTo(JsonParser.parseString(json));
    // A Gson that writes nulls still leaves out what the server left out: unset is not null.
    assertThat(JsonParser.parseString(writingNulls.toJson(decoded)))
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
    // Read by the model's own adapter, not by reflection on its fields (which would miss every
    // snake_case key and give nulls that the comparison above could not see).
    assertThat(viaPlainGson.getId()).isEqualTo(payload.getAsJsonObject().get("id").getAsLong());
    assertThat(viaPlainGson.getClientName())
        .isEqualTo(payload.getAsJsonObject().get("client_name").getAsString());
    assertThat(viaPlainGson.getStartsAt())
        .isEqualTo(OffsetDateTime.parse(payload.getAsJsonObject().get("starts_at").getAsString()));
    assertThat(appsOwn.toJsonTree(viaPlainGson)).isEqualTo(payload);
  }

  /** A request written by an app's Gson that writes nulls has the keys that were set, no more. */
  @Test
  void aRequestHasOnlyTheKeysThatWereSet() {

    assertThat(writingNulls.toJsonTree(AppointmentsServiceTest.minimalCreate()))
        .isEqualTo(gson.toJsonTree(AppointmentsServiceTest.minimalCreate()));
  }

  /** The app's own types stay Gson's; java.time gets the SDK's ISO forms, nulls included. */
  @Test
  void theFactoryLeavesAnAppsOwnTypesAloneAndWritesJavaTimeAsIso() {
    Gson appsOwn =
        new GsonBuilder().registerTypeAdapterFactory(OneLinkJson.typeAdapterFactory()).create();

    assertThat(appsOwn.toJson(new Note("hi", 3))).isEqualTo("{\"text\":\"hi\",\"count\":3}");
    assertThat(appsOwn.fromJson("{\"text\":\"hi\",\"count\":3}", Note.class).text).isEqualTo("hi");
    assertThat(appsOwn.toJson(new int[] {1, 2})).isEqualTo("[1,2]");
    assertThat(appsOwn.toJson(OffsetDateTime.parse("2026-03-09T10:00:00+05:00")))
        .isEqualTo("\"2026-03-09T10:00:00+05:00\"");
    assertThat(appsOwn.fromJson("\"2026-03-09T05:00:00Z\"", OffsetDateTime.class))
        .isEqualTo(OffsetDateTime.parse("2026-03-09T05:00:00Z"));
    assertThat(appsOwn.toJson(LocalDate.of(2026, 3, 9))).isEqualTo("\"2026-03-09\"");
    assertThat(appsOwn.fromJson("\"2026-03-09\"", LocalDate.class))
        .isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(appsOwn.fromJson("null", Appointment.class)).isNull();
    assertThat(OneLinkJson.typeAdapterFactory()).hasToString("OneLinkJson.typeAdapterFactory()");
  }

  /** An app's own class: it has a static method, but not the models' adapter method. */
  static final class Note {
    final String text;
    final int count;

    Note(String text, int count) {
      this.text = text;
      this.count = count;
    }

    static Note gsonAdapter(String unrelated) {
      return new Note(unrelated, 0);
    }
  }
}
