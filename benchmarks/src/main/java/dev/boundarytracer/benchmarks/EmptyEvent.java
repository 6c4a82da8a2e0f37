package dev.boundarytracer.benchmarks;

import jdk.jfr.Category;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** The cheapest JFR event there is (no fields, no stack trace): the reference for case 5. */
@Name(EmptyEvent.NAME)
@Label("Benchmark Empty Event")
@Category("Benchmark")
@StackTrace(false)
final class EmptyEvent extends jdk.jfr.Event {
  static final String NAME = "dev.boundarytracer.benchmarks.Empty";
}
