// Generated from openapi/openapi.yaml by codegen/templates/apiPackageInfo.mustache.
// Do not edit: change the spec or the template and rebuild.
/**
 * The optional parameters of the operations that have some, one immutable class per operation,
 * named after the operation ({@code listAppointments} → {@code ListAppointmentsParams}).
 */
@NullMarked
package kz.onelink.sdk.params;

import org.jspecify.annotations.NullMarked;
