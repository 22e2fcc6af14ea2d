/**
 * JSON for the SDK: the one Gson, the Retrofit converter, the helpers the generated models call,
 * and the decoding fast path. Each speed trick here names the benchmark that keeps it (see
 * README.md beside these sources).
 *
 * <p>Internal: no compatibility guarantee.
 */
@NullMarked
package kz.onelink.sdk.internal.json;

import org.jspecify.annotations.NullMarked;
