package kz.onelink.sdk.testing;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One operation of the spec, as the engine serves it. Built by {@link OperationReader}. */
final class Operation {
  final String id;
  final String method;
  final PathTemplate path;
  final OperationKind kind;

  /**
   * The collection the path names ({@code appointments}), or the view's name ({@code calendar}).
   */
  final String collection;

  /**
   * The action or child collection after the item ({@code cancel}, {@code work_rules}), or null.
   */
  final @Nullable String member;

  final List<QueryParameter> query;
  final @Nullable SchemaView requestBody;

  /** The status of success (201 for a create, 204 for a delete, else 200). */
  final int successStatus;

  /** The success response body, an envelope such as {@code AppointmentResponse}; null for 204. */
  final @Nullable SchemaView response;

  /** The body field {@code x-onelink-idempotency-key} names, or null. */
  final @Nullable String idempotencyKey;

  final ListOrder order;

  /** Every status the spec declares for it. */
  final Set<Integer> statuses;

  Operation(
      String id,
      String method,
      PathTemplate path,
      OperationKind kind,
      List<QueryParameter> query,
      @Nullable SchemaView requestBody,
      int successStatus,
      @Nullable SchemaView response,
      @Nullable String idempotencyKey,
      ListOrder order,
      Set<Integer> statuses) {
    this.id = id;
    this.method = method;
    this.path = path;
    this.kind = kind;
    String collection = path.collection();
    this.collection = collection == null ? "" : collection;
    this.member = path.member();
    this.query = Collections.unmodifiableList(query);
    this.requestBody = requestBody;
    this.successStatus = successStatus;
    this.response = response;
    this.idempotencyKey = idempotencyKey;
    this.order = order;
    this.statuses = Collections.unmodifiableSet(statuses);
  }

  /** The item path parameter ({@code id}, or {@code resource_id} for a parent), or null. */
  @Nullable String itemParameter() {
    return path.itemParameter();
  }

  /** The schema of one item: the {@code payload} of the success envelope, or of its items. */
  @Nullable SchemaView item() {
    SchemaView payload = response == null ? null : response.property("payload");
    if (payload != null && payload.is("array")) {
      return payload.items();
    }
    return payload;
  }

  @Override
  public String toString() {
    return id + " (" + method + " " + path.template + ")";
  }
}
