package kz.onelink.sdk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A copy of the packaged openapi.yaml with what a spec engineer adds every week, and no Java
 * change: a new standard resource ({@code rooms}: list with three filters, create, get, update,
 * delete; rooms.yaml), a new filter on an existing list ({@code contact_ids} on appointments) and a
 * new optional field ({@code title} on appointments and their requests).
 */
final class ProofSpec {
  static final String APPOINTMENTS_PATH = "/api/v1/accounts/{account_id}/scheduling/appointments";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private ProofSpec() {}

  static Path write(Path directory) {
    try {
      ObjectNode spec = (ObjectNode) read("/" + SpecSource.PACKAGED);
      for (String additions : new String[] {"rooms.yaml"}) {
        ObjectNode added = (ObjectNode) read("/kz/onelink/sdk/testing/" + additions);
        ((ObjectNode) spec.get("paths")).setAll((ObjectNode) added.get("paths"));
        ((ObjectNode) spec.at("/components/schemas"))
            .setAll((ObjectNode) added.at("/components/schemas"));
      }
      ((ArrayNode) spec.get("paths").get(APPOINTMENTS_PATH).get("get").get("parameters"))
          .add(
              YAML.readTree(
                  "name: contact_ids\n"
                      + "in: query\n"
                      + "description: Only appointments of these contacts.\n"
                      + "x-onelink-filter: {property: contact_id, match: in}\n"
                      + "style: form\n"
                      + "explode: false\n"
                      + "schema: {type: array, items: {$ref: '#/components/schemas/Id'}}\n"
                      + "example: [925]\n"));
      for (String schema :
          new String[] {"Appointment", "AppointmentCreateRequest", "AppointmentUpdateRequest"}) {
        ((ObjectNode) spec.at("/components/schemas/" + schema + "/properties"))
            .set("title", YAML.readTree("{type: string, nullable: true, example: Осмотр}"));
      }
      Path file = directory.resolve("openapi-proof.yaml");
      YAML.writeValue(file.toFile(), spec);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A copy of {@code file} whose list {@code path} has lost the filter extension of {@code
   * parameter}.
   */
  static Path withoutFilter(Path file, String path, String parameter) {
    try {
      ObjectNode spec = (ObjectNode) YAML.readTree(file.toFile());
      for (JsonNode declared : spec.get("paths").get(path).get("get").get("parameters")) {
        if (parameter.equals(declared.path("name").asText())) {
          ((ObjectNode) declared).remove("x-onelink-filter");
        }
      }
      Path copy = file.resolveSibling("openapi-without-" + parameter + ".yaml");
      YAML.writeValue(copy.toFile(), spec);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(Path file) {
    try {
      return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(String resource) throws IOException {
    try (InputStream in = ProofSpec.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the test classpath");
      }
      return YAML.readTree(in);
    }
  }
}
