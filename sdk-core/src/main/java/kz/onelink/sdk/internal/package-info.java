/**
 * Internal machinery of the SDK: the shared call path, retries, JSON handling and the generated
 * Retrofit bindings ({@code kz.onelink.sdk.internal.api}).
 *
 * <p>Public only so the generated code and sdk-rx can reach it. No compatibility guarantee: do not
 * use these types from application code.
 */
@NullMarked
package kz.onelink.sdk.internal;

import org.jspecify.annotations.NullMarked;
