/** Internal machinery of sdk-rx. No compatibility guarantee: do not use from application code. */
@NullMarked
package kz.onelink.sdk.rx.internal;

import org.jspecify.annotations.NullMarked;
