package kz.onelink.sdk.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The small helpers the generated adapters call: each does what its Javadoc says at its edges
 * (bounds, nulls, separators, the writer's own settings), found by mutation testing
 * (mutation/README.md).
 */
class JsonHelpersTest {
  @Test
  void aNullListHasNoNullItemsAndANullItemIsNamedByIndex() throws IOException {
    JsonReader in = reader("{\"ids\": [1]}");
    in.beginObject();

    Json.checkNoNullItems(null, "ids", in);
    Json.checkNoNullItems(Arrays.asList(1, 2), "ids", in);
    assertThatThrownBy(() -> Json.checkNoNullItems(Arrays.asList(1, null), "ids", in))
        .isExactlyInstanceOf(JsonParseException.class)
        .hasMessage("ids[1] is null, which the schema does not allow, at $.");
  }

  /** The decoders' expected-key check: only the key at that index, and no index past the end. */
  @Test
  void aKeyIsAtItsIndexOnly() {
    String[] keys = {"id", "name"};

    assertThat(Json.isKeyAt(keys, 0, "id")).isTrue();
    assertThat(Json.isKeyAt(keys, 1, "name")).isTrue();
    assertThat(Json.isKeyAt(keys, 0, "name")).isFalse();
    assertThat(Json.isKeyAt(keys, 1, "nam")).isFalse();
    assertThat(Json.isKeyAt(keys, 2, "name")).isFalse();
  }

  @Test
  void aRangeIncludesBothBounds() {
    Json.checkRange(null, 0, 10, "amount");
    Json.checkRange(0, 0, 10, "amount");
    Json.checkRange(10L, 0, 10, "amount");

    assertThatThrownBy(() -> Json.checkRange(-1, 0, 10, "amount"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must be between 0 and 10 but was -1");
    assertThatThrownBy(() -> Json.checkRange(11, 0, 10, "amount"))
        .hasMessage("amount must be between 0 and 10 but was 11");
  }

  @Test
  void anExplicitNullIsWrittenAndTheWritersOwnSettingIsKept() throws IOException {
    StringWriter text = new StringWriter();
    JsonWriter out = new JsonWriter(text);
    out.setSerializeNulls(false);
    out.beginObject();

    Json.writeNull(out, "note");
    out.name("dropped").nullValue(); // the writer omits nulls again
    out.endObject();

    assertThat(text).hasToString("{\"note\":null}");
    assertThat(out.getSerializeNulls()).isFalse();
  }

  @Test
  void personalDataIsRedactedButNullStaysVisible() {
    assertThat(Json.redacted(null)).isEqualTo("null");
    assertThat(Json.redacted("Айгерим")).isEqualTo("<redacted>");
  }

  @Test
  void theJavaTimeAdaptersReadAndWriteNull() throws IOException {
    assertThat(Json.offsetDateTime().toJson(null)).isEqualTo("null");
    assertThat(Json.localDate().toJson(null)).isEqualTo("null");
    assertThat(Json.offsetDateTime().fromJson("null")).isNull();
    assertThat(Json.localDate().fromJson("null")).isNull();
    assertThat(Json.offsetDateTime().toJson(OffsetDateTime.parse("2026-03-09T10:00:00+05:00")))
        .isEqualTo("\"2026-03-09T10:00:00+05:00\"");
    assertThat(Json.localDate().toJson(LocalDate.of(2026, 3, 9))).isEqualTo("\"2026-03-09\"");
  }

  @Test
  void aNullIsConsumedSoTheNextValueIsRead() throws IOException {
    JsonReader in = reader("[null, \"2026-03-09T05:00:00Z\", null, \"2026-03-09\", null, {}]");
    in.beginArray();

    assertThat(Json.offsetDateTime().read(in)).isNull();
    assertThat(Json.offsetDateTime().read(in))
        .isEqualTo(OffsetDateTime.parse("2026-03-09T05:00:00Z"));
    assertThat(Json.localDate().read(in)).isNull();
    assertThat(Json.localDate().read(in)).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(Json.freeFormMap().read(in)).isNull();
    assertThat(Json.freeFormMap().read(in)).isEmpty();
    in.endArray();
  }

  @Test
  void freeFormDataReadsNullAsNullAndKeepsTheWritersOwnSetting() throws IOException {
    assertThat(Json.freeFormMap().fromJson("null")).isNull();
    assertThatThrownBy(() -> Json.freeFormMap().fromJson("[1]"))
        .isExactlyInstanceOf(JsonParseException.class)
        .hasMessage("Expected a JSON object but was BEGIN_ARRAY at $");

    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("cleared", null);
    StringWriter text = new StringWriter();
    JsonWriter out = new JsonWriter(text);
    out.setSerializeNulls(false);
    out.beginObject();
    out.name("custom_attributes");
    Json.freeFormMap().write(out, attributes);
    out.name("dropped").nullValue(); // outside the free-form data, the writer's setting again
    out.name("empty");
    Json.freeFormMap().write(out, Collections.emptyMap());
    out.endObject();

    assertThat(text).hasToString("{\"custom_attributes\":{\"cleared\":null},\"empty\":{}}");
  }

  @Test
  void thePathOfAnObjectJustReadNamesItsOwnItem() throws IOException {
    JsonReader in = reader("{\"payload\": [{}, {\"a\": {}}], \"b\": {}}");
    in.beginObject();
    assertThat(in.nextName()).isEqualTo("payload");
    in.beginArray();
    in.beginObject();
    in.endObject();
    assertThat(Json.pathOfObjectJustRead(in)).isEqualTo("$.payload[0]");
    in.beginObject();
    assertThat(in.nextName()).isEqualTo("a");
    in.beginObject();
    in.endObject();
    assertThat(Json.pathOfObjectJustRead(in)).isEqualTo("$.payload[1].a");
    in.endObject();
    in.endArray();
    assertThat(in.nextName()).isEqualTo("b");
    in.beginObject();
    in.endObject();
    assertThat(Json.pathOfObjectJustRead(in)).isEqualTo("$.b");
  }

  private static JsonReader reader(String json) {
    return new JsonReader(new StringReader(json));
  }
}
