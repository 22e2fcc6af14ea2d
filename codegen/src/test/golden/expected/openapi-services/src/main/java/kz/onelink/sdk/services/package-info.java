// Generated from openapi/openapi.yaml by codegen/templates/apiPackageInfo.mustache.
// Do not edit: change the spec or the template and rebuild.
/**
 * The blocking services of the OneLink API, one per tag of the spec; get them from {@code
 * kz.onelink.sdk.OneLinkClient}.
 */
@NullMarked
package kz.onelink.sdk.services;

import org.jspecify.annotations.NullMarked;
