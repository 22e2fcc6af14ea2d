/**
 * Test support for apps that use the OneLink SDK: {@link kz.onelink.sdk.testing.OneLinkSandbox}, an
 * in-process fake of the scheduling API on 127.0.0.1, and its JUnit 5 extension.
 */
@NullMarked
package kz.onelink.sdk.testing;

import org.jspecify.annotations.NullMarked;
