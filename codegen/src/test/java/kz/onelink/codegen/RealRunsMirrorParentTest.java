package kz.onelink.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * This module generates the real spec with four executions of its own ({@code real-*}, in
 * codegen/pom.xml), because Maven runs an execution once per module and the parent's four run on
 * the golden spec here. Their settings must stay those of the parent's executions that sdk-core and
 * sdk-rx run, or the checks would look at code nobody ships.
 */
class RealRunsMirrorParentTest {
  @ParameterizedTest
  @ValueSource(strings = {"models-and-retrofit", "params", "services", "rx-services"})
  void realExecutionHasTheSettingsOfTheParentExecution(String id) throws Exception {
    File root = new File(System.getProperty("codegen.root"));
    Element parent = generatorExecution(new File(root, "pom.xml"), "pluginManagement", id);
    Element real = generatorExecution(new File(root, "codegen/pom.xml"), "plugins", "real-" + id);

    Map<String, String> parentSettings = settings(parent);
    Map<String, String> realSettings = settings(real);
    // Where the real run reads and writes is its own; everything else is the parent's.
    parentSettings.remove("output");
    realSettings.remove("output");
    realSettings.remove("inputSpec");
    assertThat(realSettings).isEqualTo(parentSettings);
  }

  private static Element generatorExecution(File pom, String section, String id) throws Exception {
    Element project =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom).getDocumentElement();
    Element build = child(project, "build");
    Element plugins = child(section.equals("plugins") ? build : child(build, section), "plugins");
    for (Element plugin : children(plugins)) {
      if (text(child(plugin, "artifactId")).equals("openapi-generator-maven-plugin")) {
        for (Element execution : children(child(plugin, "executions"))) {
          if (text(child(execution, "id")).equals(id)) {
            return child(execution, "configuration");
          }
        }
      }
    }
    throw new AssertionError(pom + ": no openapi-generator execution " + id);
  }

  /** Each setting of a configuration element: name → its text, or its children's texts joined. */
  private static Map<String, String> settings(Element configuration) {
    Map<String, String> settings = new TreeMap<>();
    for (Element setting : children(configuration)) {
      List<Element> values = children(setting);
      if (values.isEmpty()) {
        settings.put(setting.getTagName(), text(setting));
      } else {
        List<String> texts = new ArrayList<>();
        values.forEach(v -> texts.add(v.getTagName() + "=" + text(v)));
        settings.put(setting.getTagName(), String.join(", ", texts));
      }
    }
    return settings;
  }

  private static Element child(Element parent, String name) {
    for (Element e : children(parent)) {
      if (e.getTagName().equals(name)) {
        return e;
      }
    }
    throw new AssertionError("<" + parent.getTagName() + "> has no <" + name + ">");
  }

  private static List<Element> children(Element parent) {
    List<Element> elements = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        elements.add((Element) n);
      }
    }
    return elements;
  }

  private static String text(Element e) {
    return e.getTextContent().trim();
  }
}
