package kz.onelink.benchmarks;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.annotations.SerializedName;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * The floor: what an app would write by hand with OkHttp and Gson, no SDK. Hand-written POJOs read
 * reflectively, dates parsed into java.time as the SDK's getters give them (like for like), no
 * error mapping, no retries.
 */
final class Floor {
  private final OkHttpClient client;

  /** Gson cannot read java.time on its own (JDK 17 refuses the reflection): an app adds this. */
  static final Gson GSON =
      new GsonBuilder()
          .registerTypeAdapter(
              OffsetDateTime.class,
              new TypeAdapter<OffsetDateTime>() {
                @Override
                public void write(JsonWriter out, OffsetDateTime value) throws IOException {
                  out.value(value.toString());
                }

                @Override
                public @Nullable OffsetDateTime read(JsonReader in) throws IOException {
                  if (in.peek() == JsonToken.NULL) {
                    in.nextNull();
                    return null;
                  }
                  return OffsetDateTime.parse(in.nextString());
                }
              })
          .registerTypeAdapter(
              LocalDate.class,
              new TypeAdapter<LocalDate>() {
                @Override
                public void write(JsonWriter out, LocalDate value) throws IOException {
                  out.value(value.toString());
                }

                @Override
                public @Nullable LocalDate read(JsonReader in) throws IOException {
                  if (in.peek() == JsonToken.NULL) {
                    in.nextNull();
                    return null;
                  }
                  return LocalDate.parse(in.nextString());
                }
              })
          .create();

  private final Gson gson = GSON;
  private final String baseUrl;

  Floor(String baseUrl) {
    this.baseUrl = baseUrl;
    this.client = new OkHttpClient();
  }

  Appointment get() {
    return call(LocalServer.ONE, One.class).payload;
  }

  List<Appointment> list() {
    return call(LocalServer.LIST, Many.class).payload;
  }

  <T> T decode(Reader json, Class<T> type) {
    return gson.fromJson(json, type);
  }

  private <T> T call(String path, Class<T> type) {
    Request request =
        new Request.Builder()
            .url(baseUrl + path.substring(1))
            .header("api_access_token", "benchmark-token")
            .build();
    try (Response response = client.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException("HTTP " + response.code());
      }
      return gson.fromJson(response.body().charStream(), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("NullAway.Init") // Gson sets the fields reflectively, as a plain app would
  static final class One {
    Appointment payload;
  }

  @SuppressWarnings("NullAway.Init") // Gson sets the fields reflectively, as a plain app would
  static final class Many {
    List<Appointment> payload;
    Map<String, Object> meta;
  }

  @SuppressWarnings("NullAway.Init") // Gson sets the fields reflectively, as a plain app would
  static final class Appointment {
    long id;

    @SerializedName("account_id")
    long accountId;

    @SerializedName("resource_id")
    long resourceId;

    @SerializedName("contact_id")
    Long contactId;

    @SerializedName("service_id")
    Long serviceId;

    @SerializedName("company_id")
    Long companyId;

    @SerializedName("conversation_id")
    Long conversationId;

    @SerializedName("created_by_id")
    Long createdById;

    @SerializedName("service_name_snapshot")
    String serviceNameSnapshot;

    @SerializedName("service_type_snapshot")
    String serviceTypeSnapshot;

    @SerializedName("service_duration_min_snapshot")
    Integer serviceDurationMinSnapshot;

    @SerializedName("starts_at")
    OffsetDateTime startsAt;

    @SerializedName("ends_at")
    OffsetDateTime endsAt;

    @SerializedName("duration_min")
    int durationMin;

    String status;

    @SerializedName("appointment_type")
    String appointmentType;

    @SerializedName("client_name")
    String clientName;

    @SerializedName("client_phone")
    String clientPhone;

    @SerializedName("client_identifier")
    String clientIdentifier;

    @SerializedName("client_birth_date")
    LocalDate clientBirthDate;

    @SerializedName("client_gender")
    String clientGender;

    @SerializedName("client_comment")
    String clientComment;

    String source;

    @SerializedName("external_ref")
    String externalRef;

    @SerializedName("idempotency_key")
    String idempotencyKey;

    @SerializedName("service_amount")
    long serviceAmount;

    @SerializedName("compensation_type_snapshot")
    String compensationTypeSnapshot;

    @SerializedName("compensation_value_snapshot")
    Long compensationValueSnapshot;

    @SerializedName("prepaid_amount")
    Long prepaidAmount;

    @SerializedName("prepaid_payment_method")
    String prepaidPaymentMethod;

    @SerializedName("settlement_amount")
    Long settlementAmount;

    @SerializedName("settlement_payment_method")
    String settlementPaymentMethod;

    @SerializedName("payment_status")
    String paymentStatus;

    @SerializedName("custom_attributes")
    Map<String, Object> customAttributes;

    List<Payment> payments;
    Expense expense;

    @SerializedName("created_at")
    OffsetDateTime createdAt;

    @SerializedName("updated_at")
    OffsetDateTime updatedAt;
  }

  @SuppressWarnings("NullAway.Init") // Gson sets the fields reflectively, as a plain app would
  static final class Payment {
    long id;

    @SerializedName("account_id")
    long accountId;

    @SerializedName("appointment_id")
    long appointmentId;

    @SerializedName("recorded_by_id")
    Long recordedById;

    long amount;

    @SerializedName("payment_method")
    String paymentMethod;

    @SerializedName("payment_kind")
    String paymentKind;

    @SerializedName("created_at")
    OffsetDateTime createdAt;

    @SerializedName("updated_at")
    OffsetDateTime updatedAt;
  }

  @SuppressWarnings("NullAway.Init") // Gson sets the fields reflectively, as a plain app would
  static final class Expense {
    long id;

    @SerializedName("account_id")
    long accountId;

    @SerializedName("appointment_id")
    long appointmentId;

    @SerializedName("resource_id")
    long resourceId;

    long amount;
    String status;

    @SerializedName("paid_at")
    OffsetDateTime paidAt;

    @SerializedName("paid_by_id")
    Long paidById;

    @SerializedName("created_at")
    OffsetDateTime createdAt;

    @SerializedName("updated_at")
    OffsetDateTime updatedAt;
  }
}
