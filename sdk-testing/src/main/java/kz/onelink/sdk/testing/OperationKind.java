package kz.onelink.sdk.testing;

/**
 * What an operation does, read from its method and path shape (the conventions of
 * openapi/README.md): the engine serves the standard kinds by itself; actions and views need a
 * named rule.
 */
enum OperationKind {
  /** {@code GET /<collection>} answering a list envelope. */
  LIST,
  /** {@code POST /<collection>}. */
  CREATE,
  /** {@code GET /<collection>/{id}}. */
  GET,
  /** {@code PATCH /<collection>/{id}}: a partial update. */
  UPDATE,
  /** {@code DELETE /<collection>/{id}}: 204. */
  DELETE,
  /** {@code POST /<collection>/{id}/<action>}: a named rule ({@code cancel}). */
  ACTION,
  /** {@code GET /<collection>/{<singular>_id}/<sub>} answering a list: the parent's children. */
  CHILDREN,
  /** {@code PATCH /<collection>/{<singular>_id}/<sub>}: replaces the parent's children. */
  REPLACE_CHILDREN,
  /** A computed {@code GET} that is not a list ({@code /calendar}): a named rule. */
  VIEW,
  /** A shape the conventions do not cover. */
  OTHER;

  static OperationKind of(String method, PathTemplate path, boolean answersList) {
    if (path.itemParameter() == null) {
      return collectionKind(method, answersList);
    }
    if (path.endsAtItem()) {
      return itemKind(method);
    }
    return path.member() == null ? OTHER : memberKind(method, answersList);
  }

  private static OperationKind collectionKind(String method, boolean answersList) {
    if ("POST".equals(method)) {
      return CREATE;
    }
    if ("GET".equals(method)) {
      return answersList ? LIST : VIEW;
    }
    return OTHER;
  }

  private static OperationKind itemKind(String method) {
    switch (method) {
      case "GET":
        return GET;
      case "PATCH":
      case "PUT":
        return UPDATE;
      case "DELETE":
        return DELETE;
      default:
        return OTHER;
    }
  }

  private static OperationKind memberKind(String method, boolean answersList) {
    switch (method) {
      case "POST":
        return ACTION;
      case "GET":
        return answersList ? CHILDREN : VIEW;
      case "PATCH":
      case "PUT":
        return answersList ? REPLACE_CHILDREN : OTHER;
      default:
        return OTHER;
    }
  }
}
