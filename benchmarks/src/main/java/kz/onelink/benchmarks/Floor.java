package kz.onelink.benchmarks;

import com.google.gson.Gson;
import com.google.gson.annotations.SerializedName;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The floor: what an app would write by hand with OkHttp and Gson, no SDK. Hand-written POJOs read
 * reflectively, dates left as strings, no error mapping, no retries.
 */
final class Floor {
  private final OkHttpClient client;
  private final Gson gson = new Gson();
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
    String startsAt;

    @SerializedName("ends_at")
    String endsAt;

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
    String clientBirthDate;

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
    String createdAt;

    @SerializedName("updated_at")
    String updatedAt;
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
    String createdAt;

    @SerializedName("updated_at")
    String updatedAt;
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
    String paidAt;

    @SerializedName("paid_by_id")
    Long paidById;

    @SerializedName("created_at")
    String createdAt;

    @SerializedName("updated_at")
    String updatedAt;
  }
}
