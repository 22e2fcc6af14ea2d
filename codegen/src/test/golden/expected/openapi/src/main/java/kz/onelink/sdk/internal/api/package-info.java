// Generated from openapi/openapi.yaml by codegen/templates/apiPackageInfo.mustache.
// Do not edit: change the spec or the template and rebuild.
/**
 * Retrofit bindings of the spec's operations and the checks that prepare each call.
 *
 * <p>Internal: no compatibility guarantee. Use {@code kz.onelink.sdk.OneLinkClient}.
 */
@NullMarked
package kz.onelink.sdk.internal.api;

import org.jspecify.annotations.NullMarked;
