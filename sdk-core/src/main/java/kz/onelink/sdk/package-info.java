/**
 * The OneLink scheduling SDK: start with {@link kz.onelink.sdk.OneLinkClient}.
 *
 * <pre>{@code
 * OneLinkClient client = OneLinkClient.builder()
 *     .apiAccessToken(System.getenv("ONELINK_API_TOKEN"))
 *     .build();
 * Appointment appointment = client.appointments().get(17, 4812);
 * }</pre>
 */
@NullMarked
package kz.onelink.sdk;

import org.jspecify.annotations.NullMarked;
