package kz.onelink.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Request values are read as Rails reads them, before the spec judges them. */
class ReadingLikeRailsTest {
  @Test
  void timesAreParsedLikeTimeZoneParseInUtc() {
    Instant nine = Instant.parse("2026-03-09T05:00:00Z");

    assertThat(Times.parse("2026-03-09T10:00:00+05:00")).isEqualTo(nine);
    assertThat(Times.parse("2026-03-09 10:00:00 +0500")).isEqualTo(nine);
    assertThat(Times.parse("2026-03-09T10:00+05:00")).isEqualTo(nine);
    assertThat(Times.parse("2026-03-09T05:00:00.000Z")).isEqualTo(nine);
    assertThat(Times.parse("2026-03-09 05:00:00")).isEqualTo(nine); // no offset: UTC
    assertThat(Times.parse("2026-03-09")).isEqualTo(Instant.parse("2026-03-09T00:00:00Z"));
    assertThat(Times.parse("March 9")).isNull();
    assertThat(Times.parse("2026-02-30T10:00:00Z")).isNull();
    assertThat(Times.format(nine.plusMillis(750))).isEqualTo("2026-03-09T05:00:00Z");
  }

  @Test
  void bodiesArePermittedAndReadByTheirSchema() {
    Spec spec = Spec.load(SpecSource.packaged());
    SchemaView create = null;
    for (Operation operation : spec.operations) {
      if (operation.id.equals("createAppointment")) {
        create = operation.requestBody;
      }
    }
    assertThat(create).isNotNull();
    JsonObject sent =
        JsonParser.parseString(
                "{\"resource_id\": \"3\", \"service_amount\": \"20000.0\", \"duration_min\": \" 45 \","
                    + " \"client_phone\": 77011234567, \"starts_at\": \"2026-03-09 10:00 +05:00\","
                    + " \"client_birth_date\": \"19940720\", \"admin\": true, \"client_comment\": null}")
            .getAsJsonObject();

    JsonObject read = Coercion.permit(sent, create);

    assertThat(read.toString())
        .isEqualTo(
            "{\"resource_id\":3,\"starts_at\":\"2026-03-09T05:00:00Z\",\"duration_min\":45,"
                + "\"client_phone\":\"77011234567\",\"client_birth_date\":\"1994-07-20\","
                + "\"client_comment\":null,\"service_amount\":\"20000.0\"}");
  }

  @Test
  void messagesAreInRailsWords() {
    assertThat(RailsMessages.humanize("duration_min")).isEqualTo("Duration min");
    assertThat(RailsMessages.humanize("created_by_id")).isEqualTo("Created by");
    assertThat(RailsMessages.sentence(Arrays.asList("a"))).isEqualTo("a");
    assertThat(RailsMessages.sentence(Arrays.asList("a", "b"))).isEqualTo("a and b");
    assertThat(RailsMessages.sentence(Arrays.asList("a", "b", "c"))).isEqualTo("a, b, and c");
  }
}
