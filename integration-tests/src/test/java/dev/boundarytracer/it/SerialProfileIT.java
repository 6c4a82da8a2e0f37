package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.it.support.JsonReports;
import org.junit.jupiter.api.Test;

/** The demo's {@code serial} profile: the contract, and convert not run in parallel. */
class SerialProfileIT extends DemoProfileContract {
  @Override
  String profile() {
    return "serial";
  }

  @Test
  void flagsConvertAsNotParallel() {
    assertTrue(
        JsonReports.flagIds(json(), "CRITICAL").contains("CONVERT_NOT_PARALLEL"),
        "CRITICAL flags: " + JsonReports.flags(json()));
  }
}
