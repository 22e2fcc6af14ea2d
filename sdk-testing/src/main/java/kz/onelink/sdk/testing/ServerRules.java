package kz.onelink.sdk.testing;

/**
 * The business rules of the server the sandbox stands in for, registered per collection. Everything
 * else (routes, parameters, validation, CRUD, list filters and order, response shapes) comes from
 * the spec. Write rules run in the order listed, which is the order of the server's upsert service
 * ({@code upsert_service.rb@e9defc735aef}), so the first failing rule picks the error.
 */
final class ServerRules {
  private static final String APPOINTMENTS = "appointments";

  private ServerRules() {}

  /** The baseline server (B0, with B1's read-only guard), which openapi.yaml describes. */
  static Rules baseline() {
    return new Rules()
        .guard(APPOINTMENTS, new ImportedAppointmentsAreReadOnly())
        .lookup(
            APPOINTMENTS,
            new LinkedRecordsMustExist("resource_id", "resources")
                .link("contact_id", "contacts")
                .link("service_id", "services")
                .link("company_id", "companies")
                .link("conversation_id", "conversations")
                .link("created_by_id", "users"))
        .write(APPOINTMENTS, new AppointmentDefaults())
        .write(
            APPOINTMENTS,
            new BlankValuesAreRequired("status", "appointment_type", "source", "payment_status"))
        .write(APPOINTMENTS, new IinChecksum("client_identifier"))
        .write(APPOINTMENTS, new MergedCustomAttributes())
        .write(APPOINTMENTS, new DurationFromTimes())
        .write(APPOINTMENTS, new ServicePricing())
        .write(APPOINTMENTS, new ContactDefaults())
        .write(APPOINTMENTS, new ClientNameFallback())
        .write(APPOINTMENTS, new AppointmentValidations())
        .write(APPOINTMENTS, new SlotMustBeFree())
        .write(
            APPOINTMENTS,
            new UniqueWithinAccount(APPOINTMENTS, "external_ref", "DUPLICATE_EXTERNAL_REF"))
        .write(
            APPOINTMENTS,
            new UniqueWithinAccount(APPOINTMENTS, "idempotency_key", "DUPLICATE_IDEMPOTENCY_KEY"))
        .write(APPOINTMENTS, new PaymentStatusDerivation())
        .write(APPOINTMENTS, new PaymentRows())
        .write(APPOINTMENTS, new SpecialistFee())
        .action(APPOINTMENTS, "cancel", new CancelAppointment());
  }
}
