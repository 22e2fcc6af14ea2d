package kz.onelink.release.gate;

/** What a change of the API is to its users, from harmless to breaking; ordered by severity. */
public enum Change {
  /** Nothing a user can see changed (or only descriptions and examples): a patch release. */
  NONE,
  /** Something was added (an operation, a field, a filter, an enum value): a minor release. */
  ADDITIVE,
  /** Something was removed, renamed or tightened: only a major release may ship it. */
  BREAKING;

  /** The more severe of the two. */
  public Change max(Change other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
