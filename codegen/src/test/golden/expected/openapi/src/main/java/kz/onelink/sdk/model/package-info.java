// Generated from openapi/openapi.yaml by codegen/templates/modelPackageInfo.mustache.
// Do not edit: change the spec or the template and rebuild.
/**
 * The models of the OneLink scheduling API, generated from {@code openapi/openapi.yaml}: what the
 * server sends and accepts, with open enumerations and streaming JSON adapters.
 *
 * <p>Models are mutable builders of requests and plain holders of responses; not thread-safe.
 * Getters of properties the server may leave out or send as null are {@code @Nullable}.
 */
@NullMarked
package kz.onelink.sdk.model;

import org.jspecify.annotations.NullMarked;
