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
  void specLinesWithoutTheCommentsPrefixGetItAndTheirBulletsBecomeAList() {
    // What {{#lambda.indented}}{{{unescapedNotes}}}{{/lambda.indented}} puts into a method's
    // Javadoc: the spec's lines as written, indented by four blanks, ending with a blank line.
    String source =
        "class A {\n"
            + "  /**\n"
            + "   * Books a visit.\n"
            + "   *\n"
            + "   * <p>Creation is idempotent.\n"
            + "    More text.\n"
            + "    \n"
            + "    Versions differ:\n"
            + "    \n"
            + "    * the baseline needs `x`;\n"
            + "    * later servers\n"
            + "      take the default.\n"
            + "    \n"
            + "   *\n"
            + "   * @param a the a\n"
            + "   */\n"
            + "  void a(int a) {}\n"
            + "}\n";
    assertThat(Javadoc.fromMarkdown(source))
        .isEqualTo(
            "class A {\n"
                + "  /**\n"
                + "   * Books a visit.\n"
                + "   *\n"
                + "   * <p>Creation is idempotent.\n"
                + "   * More text.\n"
                + "   *\n"
                + "   * <p>Versions differ:\n"
                + "   *\n"
                + "   * <ul>\n"
                + "   * <li>the baseline needs {@code x};\n"
                + "   * <li>later servers\n"
                + "   *   take the default.\n"
                + "   * </ul>\n"
                + "   *\n"
                + "   *\n"
                + "   * @param a the a\n"
                + "   */\n"
                + "  void a(int a) {}\n"
                + "}\n");
  }

  @Test
  void aCodeSpanBrokenOverTwoLinesIsJoined() {
    String source = "/**\n * Answers 422 `to must be\n * after from` then.\n */\n";
    assertThat(Javadoc.fromMarkdown(source))
        .isEqualTo("/**\n * Answers 422 {@code to must be after from} then.\n */\n");
  }

  @Test
  void commentLinesOfNestedClassesAreNotTakenForSpecLines() {
    String source = "class A {\n  class B {\n    /**\n     * Text.\n     */\n  }\n}\n";
    assertThat(Javadoc.fromMarkdown(source)).isEqualTo(source);
  }

  @Test
  void unbalancedBracesInCodeSpansBecomeEscapedHtml() {
    assertThat(Javadoc.fromMarkdown("/** The brace `{`. */\n"))
        .isEqualTo("/** The brace <code>&#123;</code>. */\n");
  }
}
