package dev.boundarytracer.benchmarks;

/**
 * One measured (fork, benchmark, threads): average time, sample percentiles and allocation.
 *
 * @param fork {@link Fork#name()}
 * @param benchmark the {@link CallCost} method
 * @param threads benchmark threads, 1 or 2
 * @param avgNanos average time per call in ns (avgt mode), NaN when not measured
 * @param avgErrorNanos the 99.9 % confidence half-width of {@code avgNanos}, NaN when unknown
 * @param bestNanos the lowest iteration average in ns: on a busy machine, the least disturbed
 * @param p50Nanos median of sampled calls in ns (sample mode), NaN when not measured
 * @param p99Nanos 99th percentile of sampled calls in ns, NaN when not measured
 * @param bytesPerOp bytes allocated per call ({@code -prof gc}, gc.alloc.rate.norm), NaN when not
 *     measured
 */
record Result(
    String fork,
    String benchmark,
    int threads,
    double avgNanos,
    double avgErrorNanos,
    double bestNanos,
    double p50Nanos,
    double p99Nanos,
    double bytesPerOp) {

  static final String TSV_HEADER =
      "fork\tbenchmark\tthreads\tavg_ns\tavg_error_ns\tbest_ns\tp50_ns\tp99_ns\tbytes_per_op";

  String tsv() {
    return String.join(
        "\t",
        fork,
        benchmark,
        Integer.toString(threads),
        Double.toString(avgNanos),
        Double.toString(avgErrorNanos),
        Double.toString(bestNanos),
        Double.toString(p50Nanos),
        Double.toString(p99Nanos),
        Double.toString(bytesPerOp));
  }
}
