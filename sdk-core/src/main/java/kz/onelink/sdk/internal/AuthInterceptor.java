package kz.onelink.sdk.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds the {@code api_access_token} header, which the server reads, and the SDK's User-Agent. */
public final class AuthInterceptor implements Interceptor {
  public static final String TOKEN_HEADER = "api_access_token";

  private final Secret token;
  private final String userAgent;

  public AuthInterceptor(Secret token, String userAgent) {
    this.token = token;
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(
        chain.request().newBuilder()
            .header(TOKEN_HEADER, token.reveal())
            .header("Accept", "application/json")
            .header("User-Agent", userAgent)
            .build());
  }

  @Override
  public String toString() {
    return "AuthInterceptor{token=" + token + "}";
  }
}
