package kz.onelink.benchmarks;

import java.nio.charset.StandardCharsets;

/** The bodies the benchmark server sends: the contract's appointment, alone and 1,000 times. */
final class Payloads {
  static final String APPOINTMENT =
      "{\"id\":%d,\"account_id\":17,\"resource_id\":3,\"contact_id\":925,\"service_id\":12,"
          + "\"company_id\":null,\"conversation_id\":30117,\"created_by_id\":41,"
          + "\"service_name_snapshot\":\"Консультация терапевта\",\"service_type_snapshot\":\"consultation\","
          + "\"service_duration_min_snapshot\":30,\"starts_at\":\"2026-03-09T05:00:00Z\",\"ends_at\":\"2026-03-09T05:30:00Z\","
          + "\"duration_min\":30,\"status\":\"confirmed\",\"appointment_type\":\"primary\",\"client_name\":\"Айгерим Сеитова\","
          + "\"client_phone\":\"+77011234567\",\"client_identifier\":\"940720300129\",\"client_birth_date\":\"1994-07-20\","
          + "\"client_gender\":\"female\",\"client_comment\":\"Первичный приём\",\"source\":\"manual\",\"external_ref\":null,"
          + "\"idempotency_key\":\"3f6c1a52-9c1e-4a59-a8f4-0e1b2c3d4e5f\",\"service_amount\":15000,"
          + "\"compensation_type_snapshot\":\"percent\",\"compensation_value_snapshot\":40,\"prepaid_amount\":5000,"
          + "\"prepaid_payment_method\":\"kaspi_qr\",\"settlement_amount\":0,\"settlement_payment_method\":null,"
          + "\"payment_status\":\"prepaid\",\"custom_attributes\":{\"referral\":\"instagram\",\"visit_no\":2},"
          + "\"payments\":[{\"id\":771,\"account_id\":17,\"appointment_id\":%d,\"recorded_by_id\":41,\"amount\":5000,"
          + "\"payment_method\":\"kaspi_qr\",\"payment_kind\":\"prepaid\",\"created_at\":\"2026-03-02T08:14:09Z\","
          + "\"updated_at\":\"2026-03-02T08:14:09Z\"}],\"expense\":null,\"created_at\":\"2026-03-02T08:14:09Z\","
          + "\"updated_at\":\"2026-03-02T08:14:09Z\"}";

  static final int LIST_SIZE = 1000;

  private Payloads() {}

  static byte[] one() {
    return ("{\"payload\":" + String.format(APPOINTMENT, 4812, 4812) + "}")
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] list() {
    StringBuilder json = new StringBuilder("{\"payload\":[");
    for (int i = 0; i < LIST_SIZE; i++) {
      json.append(i == 0 ? "" : ",").append(String.format(APPOINTMENT, 5000 + i, 5000 + i));
    }
    return json.append("],\"meta\":{\"count\":")
        .append(LIST_SIZE)
        .append("}}")
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }
}
