package kz.onelink.sdk.testing;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * Deleting a service deletes its prices with it, and its appointments lose {@code service_id} but
 * keep their snapshots ({@code dependent: :nullify}, {@code service.rb@e9defc735aef}).
 */
final class DeletingAServiceUnlinksItsAppointments implements DeleteRule {
  @Override
  public boolean delete(Call call, JsonObject stored) {
    long id = Json.numberOr(stored, "id", 0);
    Table appointments = call.records().table("appointments");
    for (JsonObject appointment : appointments.all()) {
      if (Json.numberOr(appointment, "service_id", -1) == id) {
        appointment.add("service_id", JsonNull.INSTANCE);
        appointments.put(appointment);
      }
    }
    return false;
  }
}
