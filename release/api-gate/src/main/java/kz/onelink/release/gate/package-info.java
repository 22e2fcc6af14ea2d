/**
 * The spec's breaking-change gate: {@link kz.onelink.release.gate.SpecClassifier} says what a
 * change of openapi.yaml is to SDK users, {@link kz.onelink.release.gate.Version} what version bump
 * it needs, and {@link kz.onelink.release.gate.SpecGate} fails the build when the bump is too
 * small.
 */
@NullMarked
package kz.onelink.release.gate;

import org.jspecify.annotations.NullMarked;
