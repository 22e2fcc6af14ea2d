/**
 * An app on the module path: the SDK's jars are automatic modules named in their manifests. The
 * sandbox it tests with stays on the class path (read with --add-reads, as test runners do).
 */
module com.example.jpms {
  requires kz.onelink.sdk;
  requires kz.onelink.sdk.rx;
  requires io.reactivex.rxjava3; // automatic modules do not pass their dependencies on
}
