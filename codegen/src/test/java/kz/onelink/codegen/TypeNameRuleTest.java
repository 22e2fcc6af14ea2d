package kz.onelink.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypeNameRuleTest {
  @ParameterizedTest
  @ValueSource(strings = {"codegen.real", "golden.actual"})
  void generatedTypesFollowTheNamingRule(String tree) {
    List<String> types = TypeNameRule.publicTypes(SourceChecksTest.sources(tree));
    System.out.printf(
        "%s: %d public generated types checked against the naming rule%n", tree, types.size());
    assertThat(types).isNotEmpty();
    assertThat(TypeNameRule.violations(types)).isEmpty();
  }

  @Test
  void firesOnNamesLikeJdkAndAndroidTypesAndOnRepeatedSuffixes() {
    List<String> violations =
        TypeNameRule.violations(
            Arrays.asList(
                "kz.onelink.sdk.model.Service",
                "kz.onelink.sdk.model.Calendar",
                "kz.onelink.sdk.services.ServicesService",
                "kz.onelink.sdk.rx.services.RxServicesService",
                "kz.onelink.sdk.params.ParamsParams",
                "kz.onelink.sdk.model.SchedulingService",
                "kz.onelink.sdk.services.CatalogService",
                "kz.onelink.sdk.params.ListServicesParams"));

    assertThat(violations).hasSize(5);
    assertThat(violations.get(0))
        .startsWith("kz.onelink.sdk.model.Service is named like android.app.Service")
        .contains("Scheduling prefix");
    assertThat(violations.get(1))
        .startsWith("kz.onelink.sdk.model.Calendar is named like java.util.Calendar");
    assertThat(violations.get(2))
        .startsWith("kz.onelink.sdk.services.ServicesService repeats \"Service\"")
        .contains("rename the tag");
    assertThat(violations.get(3))
        .startsWith("kz.onelink.sdk.rx.services.RxServicesService repeats");
    assertThat(violations.get(4))
        .startsWith("kz.onelink.sdk.params.ParamsParams repeats \"Params\"")
        .contains("operationId");
  }

  @Test
  void repeatedLastWordComparesSingularAndPlural() {
    assertThat(TypeNameRule.repeatedLastWord("ServicesService")).isEqualTo("Service");
    assertThat(TypeNameRule.repeatedLastWord("ApiApi")).isEqualTo("Api");
    assertThat(TypeNameRule.repeatedLastWord("AddressesAddress")).isEqualTo("Address");
    assertThat(TypeNameRule.repeatedLastWord("WorkdayOverridesService")).isNull();
    assertThat(TypeNameRule.repeatedLastWord("Service")).isNull();
    assertThat(TypeNameRule.repeatedLastWord("ListParams")).isNull();
  }

  @Test
  void denyListHasTheNamesOfTheIssue() {
    assertThat(TypeNameRule.DENIED)
        .containsKeys("Service", "Calendar", "Resource", "Contact", "Date", "Object", "Context")
        .containsEntry("Service", "android.app.Service");
  }
}
