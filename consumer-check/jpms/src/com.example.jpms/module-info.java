/** An app on the module path: the SDK's jars are automatic modules named in their manifests. */
module com.example.jpms {
  requires kz.onelink.sdk;
  requires kz.onelink.sdk.rx;
  requires io.reactivex.rxjava3; // automatic modules do not pass their dependencies on
  requires kz.onelink.sdk.testing;
}
