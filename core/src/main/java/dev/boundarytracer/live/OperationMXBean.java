package dev.boundarytracer.live;

import java.util.List;

/**
 * One operation's figures since the start (or the last reset), registered as {@code
 * dev.boundarytracer:type=Operation,name=<operation>}. Durations in nanoseconds; a phase that never
 * ran reads 0. Each read takes a fresh snapshot (shared by reads within half a second).
 */
public interface OperationMXBean {
  /**
   * @return calls recorded
   */
  long getCallCount();

  /**
   * @return calls that threw
   */
  long getErrorCount();

  /**
   * @return documents over all calls
   */
  long getDocCount();

  /**
   * @return mean wall time per call, nanoseconds
   */
  double getMeanNanos();

  /**
   * @return 99th percentile wall time per call, nanoseconds
   */
  long getP99Nanos();

  /**
   * @return calls of the extract phase
   */
  long getExtractCallCount();

  /**
   * @return mean wall time of the extract phase, nanoseconds
   */
  double getExtractMeanNanos();

  /**
   * @return 99th percentile wall time of the extract phase, nanoseconds
   */
  long getExtractP99Nanos();

  /**
   * @return calls of the convert phase
   */
  long getConvertCallCount();

  /**
   * @return mean wall time of the convert phase, nanoseconds
   */
  double getConvertMeanNanos();

  /**
   * @return 99th percentile wall time of the convert phase, nanoseconds
   */
  long getConvertP99Nanos();

  /**
   * @return calls of the network phase
   */
  long getNetworkCallCount();

  /**
   * @return mean wall time of the network phase, nanoseconds
   */
  double getNetworkMeanNanos();

  /**
   * @return 99th percentile wall time of the network phase, nanoseconds
   */
  long getNetworkP99Nanos();

  /**
   * @return calls of the materialize phase
   */
  long getMaterializeCallCount();

  /**
   * @return mean wall time of the materialize phase, nanoseconds
   */
  double getMaterializeMeanNanos();

  /**
   * @return 99th percentile wall time of the materialize phase, nanoseconds
   */
  long getMaterializeP99Nanos();

  /**
   * @return share of the operation's wall time holding the lock, 0..1
   */
  double getLockHeldRatio();

  /**
   * @return times the operation's threads stopped holding the lock
   */
  long getLockReleases();

  /**
   * @return the raised red flags, CRITICAL first (open data: CompositeData[])
   */
  List<RedFlagInfo> getRedFlags();
}
