package kz.onelink.sdk.testing;

/**
 * Which version of the OneLink server the sandbox behaves like. Which one runs at one-link.kz is
 * not known; openapi.yaml describes all three and names what differs. Choose one with {@code
 * OneLinkSandbox.builder().serverLine(ServerLine.L2)}.
 */
public enum ServerLine {
  /**
   * The docs-era baseline ({@code e9defc735aef}, with {@code 13b0940975ef}'s read-only guard), the
   * default: finance fields written and sent, {@code duration_min} recomputed at every write, the
   * slot checked at every write of an appointment that is not cancelled, resources deleted for
   * good, no {@code DELETE /appointments/{id}} route.
   */
  B0,

  /**
   * The Medelement line with the finance features retired ({@code 407a22449751}): {@code source}
   * and the finance keys other than {@code service_amount} ignored on writes and the {@code
   * payment_status} filter ignored; finance values sent as neutral stubs; {@code ends_at}
   * recomputed from the length when left out; the slot checked on a create, a move, a change of
   * resource or an un-cancel; a PATCH to {@code cancelled} runs the cancel; resources archived;
   * cancelled appointments deletable; the calendar filters by {@code status} and checks {@code
   * resource_ids}.
   */
  L1,

  /**
   * The access-roles line ({@code a34a84bfe8bd}): as L1, but any retired finance key, even null,
   * answers 422 "Scheduling finance fields are no longer writable", the finance keys are left out
   * of every response, appointments with payment or fee rows cannot be deleted, a rule replacement
   * needs its list, and the calendar's range is checked (422 beyond 92 days).
   */
  L2
}
