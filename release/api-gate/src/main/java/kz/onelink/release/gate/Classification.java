package kz.onelink.release.gate;

import java.util.List;

/**
 * What a spec change is, and why: one line per added or removed element (operation, parameter,
 * field, enum value, response, media type).
 *
 * @param change the most severe change found
 * @param reasons the breaking reasons first, then the additive ones
 */
public record Classification(Change change, List<String> reasons) {
  public Classification {
    reasons = List.copyOf(reasons);
  }
}
