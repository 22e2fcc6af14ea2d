// Generated from openapi/openapi.yaml by codegen/templates/apiPackageInfo.mustache.
// Do not edit: change the spec or the template and rebuild.
/**
 * The RxJava 3 services of the OneLink API, one per tag of the spec; get them from {@code
 * kz.onelink.sdk.rx.RxOneLinkClient}.
 */
@NullMarked
package kz.onelink.sdk.rx.services;

import org.jspecify.annotations.NullMarked;
