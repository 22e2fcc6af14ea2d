/**
 * The exceptions of the SDK, all unchecked and rooted in {@link
 * kz.onelink.sdk.errors.OneLinkException}.
 *
 * <ul>
 *   <li>{@link kz.onelink.sdk.errors.OneLinkServiceException}: the server answered with an error
 *       status; one subclass per status family, carrying the server's {@code code} and details.
 *   <li>{@link kz.onelink.sdk.errors.OneLinkIoException}: the network failed or the call timed out
 *       ({@link kz.onelink.sdk.errors.OneLinkTimeoutException}).
 *   <li>{@link kz.onelink.sdk.errors.OneLinkDecodingException}: a success response whose body is
 *       not what the API promises.
 * </ul>
 *
 * <p>No message, {@code toString()} or field of these exceptions contains the API token.
 */
@NullMarked
package kz.onelink.sdk.errors;

import org.jspecify.annotations.NullMarked;
