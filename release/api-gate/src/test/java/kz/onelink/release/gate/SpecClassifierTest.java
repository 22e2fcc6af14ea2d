package kz.onelink.release.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;

/**
 * One small spec pair per kind of change: {@code base.yaml} against a copy with one edit. Each test
 * names the change, the expected classification and the reason the gate prints.
 */
class SpecClassifierTest {
  private static final String BASE = read("/specs/base.yaml");

  private static String read(String resource) {
    try (InputStream in = SpecClassifierTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The base spec with {@code from} replaced by {@code to} (which must occur exactly once). */
  private static String edit(String from, String to) {
    int at = BASE.indexOf(from);
    assertThat(at).as("fixture edit %s", from).isNotNegative();
    assertThat(BASE.indexOf(from, at + 1)).as("fixture edit %s is unique", from).isNegative();
    return BASE.replace(from, to);
  }

  private static Classification classify(String changed) {
    return SpecClassifier.classifyContents(BASE, changed);
  }

  @Test
  void unchangedSpecIsNone() {
    assertThat(classify(BASE).change()).isEqualTo(Change.NONE);
  }

  @Test
  void changedDescriptionIsNone() {
    Classification c = classify(edit("What the item is called.", "The item's name."));
    assertThat(c.change()).isEqualTo(Change.NONE);
  }

  @Test
  void enumValueAddedToResponseIsAdditive() {
    String changed = edit("enum: [open, closed]", "enum: [open, closed, archived]");
    Classification c = classify(changed);

    assertThat(c.change()).isEqualTo(Change.ADDITIVE);
    assertThat(c.reasons()).anyMatch(r -> r.startsWith("added enum value(s) [archived]"));
    // openapi-diff's default calls it breaking: old clients may not know the value. The SDK's open
    // enumerations keep unknown values, so it is not.
    assertThat(OpenApiCompare.fromContents(BASE, changed).isIncompatible()).isTrue();
  }

  @Test
  void enumValueRemovedIsBreaking() {
    Classification c = classify(edit("enum: [open, closed]", "enum: [open]"));
    assertThat(c.change()).isEqualTo(Change.BREAKING);
    assertThat(c.reasons()).anyMatch(r -> r.startsWith("removed enum value(s) [closed]"));
  }

  @Test
  void operationAddedIsAdditive() {
    Classification c =
        classify(
            edit(
                "components:\n",
                "  /items/{id}/archive:\n"
                    + "    post:\n"
                    + "      operationId: archiveItem\n"
                    + "      parameters:\n"
                    + "        - {name: id, in: path, required: true, schema: {type: integer}}\n"
                    + "      responses:\n"
                    + "        '204':\n"
                    + "          description: Archived.\n"
                    + "components:\n"));
    assertThat(c.change()).isEqualTo(Change.ADDITIVE);
    assertThat(c.reasons()).contains("added operation POST /items/{id}/archive");
  }

  @Test
  void operationRemovedIsBreaking() {
    String changed =
        BASE.substring(0, BASE.indexOf("  /items/{id}:"))
            + BASE.substring(BASE.indexOf("components:"));
    Classification c = classify(changed);
    assertThat(c.change()).isEqualTo(Change.BREAKING);
    assertThat(c.reasons()).contains("removed operation GET /items/{id}");
  }

  @Test
  void responseFieldAddedIsAdditive() {
    Classification c =
        classify(
            edit(
                "        color:\n          type: string\n        status:",
                "        color:\n          type: string\n        size:\n          type: integer\n        status:"));
    assertThat(c.change()).isEqualTo(Change.ADDITIVE);
    assertThat(c.reasons()).anyMatch(r -> r.startsWith("added field size to"));
  }

  @Test
  void responseFieldRemovedIsBreaking() {
    String changed =
        edit("        color:\n          type: string\n        status:", "        status:");
    Classification c = classify(changed);

    assertThat(c.change()).isEqualTo(Change.BREAKING);
    assertThat(c.reasons()).anyMatch(r -> r.startsWith("removed field color of"));
    // On the wire an optional response field may go; in the SDK its getter goes with it.
    assertThat(OpenApiCompare.fromContents(BASE, changed).isIncompatible()).isFalse();
  }

  @Test
  void optionalRequestFieldAddedIsAdditive() {
    Classification c =
        classify(
            edit(
                "        name:\n          type: string\n        color:\n          type: string\n",
                "        name:\n          type: string\n        color:\n          type: string\n"
                    + "        note:\n          type: string\n"));
    assertThat(c.change()).isEqualTo(Change.ADDITIVE);
    assertThat(c.reasons()).anyMatch(r -> r.startsWith("added field note to POST /items request"));
  }

  @Test
  void requiredRequestFieldAddedIsBreaking() {
    Classification c =
        classify(
            edit(
                "      required: [name]\n      properties:\n        name:\n          type: string\n",
                "      required: [name, owner]\n      properties:\n        name:\n          type: string\n"
                    + "        owner:\n          type: string\n"));
    assertThat(c.change()).isEqualTo(Change.BREAKING);
  }

  @Test
  void tightenedRequestConstraintIsBreaking() {
    Classification c =
        classify(
            edit(
                "      required: [name]\n      properties:\n        name:\n          type: string\n",
                "      required: [name]\n      properties:\n        name:\n          type: string\n"
                    + "          maxLength: 10\n"));
    assertThat(c.change()).isEqualTo(Change.BREAKING);
    assertThat(c.reasons()).contains("tightened max length of POST /items request.name");
  }

  @Test
  void filterAddedIsAdditive() {
    Classification c =
        classify(
            edit(
                "      parameters:\n        - name: status\n",
                "      parameters:\n"
                    + "        - {name: color, in: query, required: false, schema: {type: string}}\n"
                    + "        - name: status\n"));
    assertThat(c.change()).isEqualTo(Change.ADDITIVE);
    assertThat(c.reasons()).contains("added parameter query:color of GET /items");
  }

  @Test
  void requiredParameterAddedIsBreaking() {
    Classification c =
        classify(
            edit(
                "      parameters:\n        - name: status\n",
                "      parameters:\n"
                    + "        - {name: color, in: query, required: true, schema: {type: string}}\n"
                    + "        - name: status\n"));
    assertThat(c.change()).isEqualTo(Change.BREAKING);
  }

  @Test
  void filterRemovedIsBreaking() {
    String changed =
        edit(
            "      parameters:\n        - name: status\n          in: query\n          required: false\n"
                + "          schema:\n            $ref: '#/components/schemas/ItemStatus'\n",
            "");
    Classification c = classify(changed);
    assertThat(c.change()).isEqualTo(Change.BREAKING);
    assertThat(c.reasons()).contains("removed parameter query:status of GET /items");
  }

  @Test
  void renamedFieldIsBreaking() {
    Classification c =
        classify(
            edit(
                "        color:\n          type: string\n        status:",
                "        colour:\n          type: string\n        status:"));
    assertThat(c.change()).isEqualTo(Change.BREAKING);
    assertThat(c.reasons())
        .anyMatch(r -> r.startsWith("removed field color of"))
        .anyMatch(r -> r.startsWith("added field colour to"));
  }

  @Test
  void renamedPathIsBreaking() {
    Classification c = classify(edit("  /items/{id}:", "  /items/by-id/{id}:"));
    assertThat(c.change()).isEqualTo(Change.BREAKING);
    assertThat(c.reasons()).contains("removed operation GET /items/{id}");
  }

  @Test
  void renamedOperationIdIsBreaking() {
    Classification c = classify(edit("operationId: getItem", "operationId: fetchItem"));
    assertThat(c.change()).isEqualTo(Change.BREAKING);
    assertThat(c.reasons())
        .contains("renamed operationId of GET /items/{id}: getItem -> fetchItem");
  }

  @Test
  void deprecatedOperationIsAdditive() {
    Classification c =
        classify(edit("operationId: getItem\n", "operationId: getItem\n      deprecated: true\n"));
    assertThat(c.change()).isEqualTo(Change.ADDITIVE);
    assertThat(c.reasons()).contains("deprecated operation GET /items/{id}");
  }

  @Test
  void refWrappedInAllOfForItsDescriptionIsNone() {
    Classification c =
        classify(
            edit(
                "        status:\n          $ref: '#/components/schemas/ItemStatus'\n",
                "        status:\n          allOf:\n            - $ref: '#/components/schemas/ItemStatus'\n"
                    + "          description: Where the item stands.\n"));
    assertThat(c.change()).isEqualTo(Change.NONE);
  }

  @Test
  void changedFieldTypeIsBreaking() {
    Classification c =
        classify(
            edit(
                "        color:\n          type: string\n        status:",
                "        color:\n          type: integer\n        status:"));
    assertThat(c.change()).isEqualTo(Change.BREAKING);
  }
}
