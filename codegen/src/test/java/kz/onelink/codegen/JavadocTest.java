package kz.onelink.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavadocTest {
  @Test
  void markdownInJavadocBecomesJavadoc() {
    String source =
        "/**\n"
            + " * Lists **all** of `them`; see [the guide](https://one-link.kz/docs).\n"
            + " *\n"
            + " * - one\n"
            + " * - two\n"
            + " */\n"
            + "class A {}\n";
    assertThat(Javadoc.fromMarkdown(source))
        .isEqualTo(
            "/**\n"
                + " * Lists <b>all</b> of {@code them}; see <a href=\"https://one-link.kz/docs\">the"
                + " guide</a>.\n"
                + " *\n"
                + " * <ul>\n"
                + " * <li>one\n"
                + " * <li>two\n"
                + " * </ul>\n"
                + " */\n"
                + "class A {}\n");
  }

  @Test
  void theGeneratorsStringEscapingIsUndoneInJavadocOnly() {
    // The generator escapes the spec's text for a string literal: {"error": "x\d"} arrives as
    // {\"error\": \"x\\d\"}. In Javadoc that shows; in code it is what the literal means.
    String source =
        "/** Answers `{\\\"error\\\": \\\"x\\\\d\\\"}`. */\n"
            + "class A {\n"
            + "  String s = \"{\\\"error\\\": 1}\"; // \\\"kept\\\"\n"
            + "}\n";
    assertThat(Javadoc.fromMarkdown(source))
        .isEqualTo(
            "/** Answers {@code {\"error\": \"x\\d\"}}. */\n"
                + "class A {\n"
                + "  String s = \"{\\\"error\\\": 1}\"; // \\\"kept\\\"\n"
                + "}\n");
  }

  @Test
  void unbalancedBracesInCodeSpansBecomeEscapedHtml() {
    assertThat(Javadoc.fromMarkdown("/** The brace `{`. */\n"))
        .isEqualTo("/** The brace <code>&#123;</code>. */\n");
  }
}
