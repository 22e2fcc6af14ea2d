#!/usr/bin/env python3
"""Per-class mutation scores from PIT's mutations.xml, and the survivors with their lines.

    scripts/mutation-scores.py sdk-core/target/pit-reports/handwritten/mutations.xml [--survivors]

A class's score is killed / (all - non-viable), as PIT counts it: TIMED_OUT, MEMORY_ERROR and
RUN_ERROR count as killed; SURVIVED and NO_COVERAGE do not.
"""
import collections
import sys
import xml.etree.ElementTree as ET

KILLED = {"KILLED", "TIMED_OUT", "MEMORY_ERROR", "RUN_ERROR"}


def main(path, survivors):
    root = ET.parse(path).getroot()
    per_class = collections.defaultdict(lambda: [0, 0])
    missed = []
    for m in root:
        status = m.get("status")
        if status == "NON_VIABLE":
            continue
        outer = m.findtext("mutatedClass").split("$")[0]
        per_class[outer][1] += 1
        if status in KILLED:
            per_class[outer][0] += 1
        else:
            missed.append((outer, m.findtext("lineNumber"), m.findtext("mutator").split(".")[-1],
                           m.findtext("description"), status))
    killed = sum(k for k, _ in per_class.values())
    total = sum(t for _, t in per_class.values())
    print(f"{path}: {killed}/{total} killed ({100 * killed / max(total, 1):.0f} %)")
    for name, (k, t) in sorted(per_class.items(), key=lambda e: e[1][0] / e[1][1]):
        print(f"  {100 * k / t:5.1f} %  {k:4d}/{t:<4d} {name}")
    if survivors:
        for outer, line, mutator, description, status in sorted(missed):
            print(f"  {status:11s} {outer}:{line} {mutator}: {description}")


if __name__ == "__main__":
    main(sys.argv[1], "--survivors" in sys.argv[2:])
