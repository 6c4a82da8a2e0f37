package dev.boundarytracer.jmc.rules;

import dev.boundarytracer.jmc.recording.RecordedProfile;
import dev.boundarytracer.snapshot.OperationSnapshot;
import java.util.Locale;

/** Shared wording and counts of the rules on designated (measured) locks. */
final class MeasuredLocks {
  static final String NOT_MEASURED =
      "No designated lock was measured in this recording (designate one with @BoundaryLock or the"
          + " boundary.lock key).";

  private MeasuredLocks() {}

  static long measuredOperations(RecordedProfile recorded) {
    long n = 0;
    for (OperationSnapshot op : recorded.profile().operations()) {
      if (op.count() > 0 && op.locks().measured()) {
        n++;
      }
    }
    return n;
  }

  /** E.g. {@code 10 %}, as the flag messages write limits. */
  static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.0f %%", ratio * 100.0);
  }
}
