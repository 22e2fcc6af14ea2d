package kz.onelink.sdk.testing;

/**
 * The business rules of each server line the sandbox stands in for ({@link ServerLine}), registered
 * per collection. Everything else (routes, parameters, validation, CRUD, list filters and order,
 * response shapes) comes from the spec. Write rules run in the order listed, which is the order of
 * the server's upsert service, so the first failing rule picks the error; model errors are raised
 * at the save, after all of them.
 *
 * <p>Sources, by commit: B0 {@code e9defc735aef} (with B1 {@code 13b0940975ef}'s read-only guard),
 * L1 {@code 407a22449751}, L2 {@code a34a84bfe8bd}; see openapi/SERVER-SOURCES.md per operation.
 */
final class ServerRules {
  private static final String APPOINTMENTS = "appointments";
  private static final String RESOURCES = "resources";
  private static final String SERVICES = "services";
  private static final String CONTACTS = "contacts";
  private static final String HOLIDAYS = "holidays";
  private static final String OVERRIDES = "workday_overrides";
  private static final String TIME_OFFS = "time_offs";
  private static final String WORK_RULES = "work_rules";
  private static final String BREAK_RULES = "break_rules";

  /** The columns of a new appointment ({@code create_scheduling_core}). */
  private static final String APPOINTMENT_COLUMNS =
      "{\"status\": \"scheduled\", \"appointment_type\": \"primary\", \"source\": \"manual\","
          + " \"payment_status\": \"awaiting_payment\", \"duration_min\": 30,"
          + " \"service_amount\": 0, \"prepaid_amount\": 0, \"settlement_amount\": 0,"
          + " \"custom_attributes\": {}, \"payments\": [], \"expense\": null}";

  private ServerRules() {}

  static Rules of(ServerLine line) {
    switch (line) {
      case L1:
        return l1();
      case L2:
        return l2();
      default:
        return baseline();
    }
  }

  /** B0, the docs-era baseline (with B1's read-only guard): what openapi.yaml leads with. */
  static Rules baseline() {
    Rules rules = schedule(new Rules());
    rules
        .guard(APPOINTMENTS, new ImportedAppointmentsAreReadOnly())
        .lookup(APPOINTMENTS, appointmentLinks())
        .write(APPOINTMENTS, new ColumnDefaults(APPOINTMENT_COLUMNS))
        .write(APPOINTMENTS, new CallerFillsCreatedBy())
        .write(
            APPOINTMENTS,
            new BlankValuesAreRequired("status", "appointment_type", "source", "payment_status"))
        .write(APPOINTMENTS, new MergedCustomAttributes())
        .write(APPOINTMENTS, new DurationFromTimes())
        .write(APPOINTMENTS, new ServicePricing())
        .write(APPOINTMENTS, new PaymentStatusDerivation())
        .write(APPOINTMENTS, new ContactDefaults())
        .write(APPOINTMENTS, new ClientNameFallback())
        .write(APPOINTMENTS, new IinChecksum("client_identifier"))
        .write(APPOINTMENTS, new SlotMustBeFree())
        .write(APPOINTMENTS, new AppointmentValidations())
        .write(APPOINTMENTS, new UniqueWithinAccount(APPOINTMENTS, "external_ref"))
        .write(APPOINTMENTS, new UniqueWithinAccount(APPOINTMENTS, "idempotency_key"))
        .write(APPOINTMENTS, new PaymentRows())
        .write(APPOINTMENTS, new SpecialistFee())
        .action(APPOINTMENTS, "cancel", new CancelAppointment())
        .notRouted(OperationKind.DELETE, APPOINTMENTS)
        .write(
            RESOURCES,
            new ColumnDefaults(
                "{\"timezone\": \"Asia/Almaty\", \"slot_duration_min\": 30, \"active\": true,"
                    + " \"compensation_type\": \"percent\", \"compensation_value\": 0,"
                    + " \"custom_attributes\": {}}"))
        .write(RESOURCES, new PresenceRequired("name"))
        .write(RESOURCES, new ResourceValidations())
        .delete(RESOURCES, new DeletingAResourceDeletesItsSchedule())
        .write(SERVICES, new ServicePrices())
        .body(WORK_RULES, new MissingListMeansNone(WORK_RULES))
        .body(BREAK_RULES, new MissingListMeansNone(BREAK_RULES))
        .view(CalendarView.COLLECTION, new CalendarView())
        .ignoreParameter(CalendarView.COLLECTION, "status");
    return rules;
  }

  /**
   * L1, the Medelement line with the finance features retired: {@code source} and the finance keys
   * but {@code service_amount} are ignored, {@code ends_at} follows the length, the slot is checked
   * only when it may have changed, finance values are stubs in every response, resources are
   * archived, cancelled appointments can be deleted.
   */
  static Rules l1() {
    Rules rules = laterLine(new Rules());
    rules
        .body(
            APPOINTMENTS,
            new KeysNotPermitted(
                "source",
                "prepaid_amount",
                "prepaid_payment_method",
                "settlement_amount",
                "settlement_payment_method",
                "payment_status"))
        .body(APPOINTMENTS, new CancellingPatchIsACancel())
        .write(APPOINTMENTS, new PaymentStatusFollowsCancellation());
    appointmentsAfterPricing(rules)
        .delete(APPOINTMENTS, new OnlyCancelledAppointmentsAreDeleted())
        .body(WORK_RULES, new MissingListMeansNone(WORK_RULES))
        .body(BREAK_RULES, new MissingListMeansNone(BREAK_RULES))
        .view(CalendarView.COLLECTION, new CalendarViewL1())
        .response(RetiredFinanceKeys.stubbed());
    return rules;
  }

  /**
   * L2, the access-roles line: as L1, but the retired finance keys are refused (422) even as null,
   * every finance key is left out of the responses, a PATCH to {@code cancelled} is a plain update,
   * deleting keeps appointments with finance history, rule replacements need their list, and the
   * calendar range is checked.
   */
  static Rules l2() {
    Rules rules = laterLine(new Rules());
    rules
        .body(APPOINTMENTS, new KeysNotPermitted("source"))
        .body(APPOINTMENTS, new RetiredFinanceKeysRefused());
    appointmentsAfterPricing(rules)
        .delete(APPOINTMENTS, new FinanceHistoryIsKept())
        .delete(APPOINTMENTS, new OnlyCancelledAppointmentsAreDeleted())
        .view(CalendarView.COLLECTION, new CalendarViewL2())
        .response(RetiredFinanceKeys.leftOut());
    return rules;
  }

  /** What L1 and L2 share before their appointment rules differ. */
  private static Rules laterLine(Rules rules) {
    return schedule(rules)
        .guard(APPOINTMENTS, new ImportedAppointmentsAreReadOnly())
        .lookup(APPOINTMENTS, appointmentLinks())
        .lookup(APPOINTMENTS, new ResourceMustBeSchedulable())
        .write(APPOINTMENTS, new ColumnDefaults(APPOINTMENT_COLUMNS))
        .write(APPOINTMENTS, new CallerFillsCreatedBy())
        .write(APPOINTMENTS, new BlankValuesAreRequired("status", "appointment_type"))
        .write(APPOINTMENTS, new MergedCustomAttributes())
        .write(APPOINTMENTS, new EndsAtFromDuration())
        .write(APPOINTMENTS, new ServicePricingWithoutFees())
        .action(APPOINTMENTS, "cancel", new CancelOnce())
        .guard(RESOURCES, new ImportedResourcesAreReadOnly())
        .body(
            RESOURCES,
            new KeysNotPermitted("compensation_type", "compensation_value", "compensation_percent"))
        .write(
            RESOURCES,
            new ColumnDefaults(
                "{\"timezone\": \"Asia/Almaty\", \"slot_duration_min\": 30, \"active\": true,"
                    + " \"custom_attributes\": {}}"))
        .write(RESOURCES, new PresenceRequired("name"))
        .write(RESOURCES, new ResourceValidations())
        .delete(RESOURCES, new ArchiveResource())
        .write(SERVICES, new ServicePricesWithoutFees())
        .ignoreParameter(APPOINTMENTS, "payment_status");
  }

  /** L1 and L2's appointment rules after the price, in their upsert's order. */
  private static Rules appointmentsAfterPricing(Rules rules) {
    return rules
        .write(APPOINTMENTS, new ContactDefaults())
        .write(APPOINTMENTS, new ClientNameFallback())
        .write(APPOINTMENTS, new IinChecksum("client_identifier"))
        .write(APPOINTMENTS, new SlotMustBeFreeWhenMoved())
        .write(APPOINTMENTS, new AppointmentValidations())
        .write(APPOINTMENTS, new UniqueWithinAccount(APPOINTMENTS, "external_ref"))
        .write(APPOINTMENTS, new UniqueWithinAccount(APPOINTMENTS, "idempotency_key"));
  }

  private static LinkedRecordsMustExist appointmentLinks() {
    return LinkedRecordsMustExist.required("resource_id", RESOURCES)
        .link("contact_id", CONTACTS)
        .link("service_id", SERVICES)
        .link("company_id", "companies")
        .link("conversation_id", "conversations")
        .link("created_by_id", "users");
  }

  /**
   * What every line read shares for the schedule's collections: administrators write them, their
   * columns' defaults and their models' validations (resources differ by line and are registered
   * there).
   */
  private static Rules schedule(Rules rules) {
    for (String collection : new String[] {RESOURCES, SERVICES, HOLIDAYS, OVERRIDES, TIME_OFFS}) {
      rules.access(collection, new AdministratorsOnly());
    }
    return rules
        .write(WORK_RULES, new ColumnDefaults("{\"active\": true}"))
        .write(
            WORK_RULES,
            new EndAfterStart("start_minute", "end_minute", "must be greater than start_minute"))
        .write(
            WORK_RULES,
            new UniqueWithinAccount(
                WORK_RULES, "resource_id", "weekday", "start_minute", "end_minute"))
        .write(BREAK_RULES, new ColumnDefaults("{\"active\": true}"))
        .write(
            BREAK_RULES,
            new EndAfterStart("start_minute", "end_minute", "must be greater than start_minute"))
        .write(
            BREAK_RULES,
            new UniqueWithinAccount(
                BREAK_RULES, "resource_id", "weekday", "start_minute", "end_minute"))
        .lookup(SERVICES, new PriceResourcesMustExist())
        .write(
            SERVICES,
            new ColumnDefaults(
                "{\"base_price\": 0, \"duration_min\": 30, \"active\": true,"
                    + " \"custom_attributes\": {}, \"prices\": []}"))
        .write(SERVICES, new PresenceRequired("name"))
        .delete(SERVICES, new DeletingAServiceUnlinksItsAppointments())
        .lookup(CONTACTS, LinkedRecordsMustExist.optional().link("company_id", "companies"))
        .write(CONTACTS, new ContactFields())
        .write(CONTACTS, new UniqueWithinAccount(CONTACTS, "identifier"))
        .write(
            HOLIDAYS,
            new ColumnDefaults(
                "{\"recurring_yearly\": false, \"working_day_override\": false,"
                    + " \"custom_attributes\": {}}"))
        .write(HOLIDAYS, new PresenceRequired("date", "title"))
        .write(OVERRIDES, new ColumnDefaults("{\"custom_attributes\": {}}"))
        .write(OVERRIDES, new PresenceRequired("date"))
        .write(
            OVERRIDES,
            new EndAfterStart("start_minute", "end_minute", "must be greater than start_minute"))
        .write(OVERRIDES, new OverrideValidations())
        .write(OVERRIDES, new UniqueWithinAccount(OVERRIDES, "date", "resource_id"))
        .write(TIME_OFFS, new ColumnDefaults("{\"custom_attributes\": {}}"))
        .write(TIME_OFFS, new PresenceRequired("kind", "starts_at", "ends_at"))
        .write(TIME_OFFS, new EndAfterStart("starts_at", "ends_at", "must be after starts_at"))
        .write(TIME_OFFS, new TimeOffResourceKey());
  }
}
