package dev.boundarytracer.flags;

import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.Parallelism;
import dev.boundarytracer.snapshot.PhaseSnapshot;

/**
 * Whether an operation's convert ran in parallel, told apart from how the code is written.
 *
 * <ul>
 *   <li><em>Serial</em>: fewer than half of the calls handed work to other threads (measured) and
 *       fewer than half were declared parallel. The code does not split the work: {@link
 *       RedFlagRule#CONVERT_NOT_PARALLEL}.
 *   <li><em>Limited</em>: at least half of the calls handed work off, but the tasks ran on two or
 *       more threads in fewer than half of those calls, or the tasks' CPU time stayed below {@link
 *       RedFlagRules#MIN_PARALLEL_CPU_TO_WALL} times the phase's wall time. The code is parallel; a
 *       one-thread pool, a saturated machine or tasks too small to steal kept it from running so:
 *       {@link RedFlagRule#CONVERT_PARALLEL_LIMITED}.
 * </ul>
 *
 * <p>Whether a call's tasks reached a second thread depends on the scheduler: on a busy machine one
 * pool worker often takes every task of a 3 ms convert before the other wakes. Judging that as
 * serial code made the CRITICAL flag come and go between identical runs; it is only a WARNING.
 *
 * @param serial the code hands no work off
 * @param limited work was handed off but did not run in parallel
 * @param message the measured figures when {@code limited}, else null
 */
record ConvertParallelJudgement(boolean serial, boolean limited, String message) {

  static ConvertParallelJudgement of(OperationSnapshot op, PhaseSnapshot convert) {
    Parallelism p = convert.parallelism();
    long calls = convert.count();
    boolean handedOff = p.handOffCalls() * 2 >= calls;
    boolean declared = op.parallelCount() * 2 >= op.count();
    if (!handedOff && !declared) {
      return new ConvertParallelJudgement(true, false, null);
    }
    if (!handedOff) {
      // Declared parallel, and the agent did not see the hand-offs (an executor it does not
      // follow): the declaration stands.
      return new ConvertParallelJudgement(false, false, null);
    }
    boolean cpuMeasured = p.tasksWithoutCpu() < p.tasks();
    double cpuToWall = convert.taskCpuToWallRatio();
    boolean oneThread = p.parallelCalls() * 2 < p.handOffCalls();
    boolean lowCpu = cpuMeasured && cpuToWall < RedFlagRules.MIN_PARALLEL_CPU_TO_WALL;
    if (!oneThread && !lowCpu) {
      return new ConvertParallelJudgement(false, false, null);
    }
    String message =
        FlagTexts.parallelLimitedMessage(
            p.handOffCalls(),
            calls,
            p.parallelCalls(),
            p.threadsMean(),
            cpuToWall,
            cpuMeasured,
            p.threadsMax(),
            Runtime.getRuntime().availableProcessors());
    return new ConvertParallelJudgement(false, true, message);
  }
}
