package dev.boundarytracer.agent.analyze;

import java.nio.file.Path;
import java.util.List;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import one.convert.Arguments;
import one.convert.CallStack;
import one.convert.FlameGraph;
import one.convert.Frame;

/**
 * A flame graph of the recording's {@code jdk.ExecutionSample} stacks, each placed under the
 * operation and phase its thread was working for at that moment: root frame the operation, then the
 * PHASE, then the sampled stack. The phase comes from the {@code dev.boundarytracer.Phase} events
 * on the phase's own thread and the {@code dev.boundarytracer.Task} events of the tasks it handed
 * off on the threads that ran them. Samples outside any recorded phase go under {@code (outside
 * phases)}. Rendered by async-profiler's converter ({@code one.convert.FlameGraph}): a
 * self-contained HTML page, or collapsed stacks ({@code frame;frame;... count} per line) for a file
 * named {@code .collapsed} or {@code .txt}.
 */
public final class FlameGraphExport {
  /** Root frame of samples that fall in no recorded phase call or task. */
  public static final String OUTSIDE = "(outside phases)";

  /**
   * How the samples were placed.
   *
   * @param samples execution samples in the window
   * @param inPhase placed under a phase on the phase's own thread
   * @param inTask placed under a phase through a task it handed off
   * @param outside under {@value #OUTSIDE}
   * @param inOperationUnplaced of {@code outside}: samples inside a recorded operation on the same
   *     thread but in no recorded phase call, as when per-call phase events fall below their
   *     threshold
   */
  public record Placement(
      long samples, long inPhase, long inTask, long outside, long inOperationUnplaced) {}

  private FlameGraphExport() {}

  /**
   * Builds the flame graph of a recording.
   *
   * @param file the recording
   * @param window the part to use
   * @param collapsed true for collapsed stacks, false for the HTML page
   * @param title the page's title
   * @return the placement counts and a writer of the output
   * @throws AnalyzeException when the file is unusable or holds no execution samples
   */
  public static Result build(Path file, TimeWindow window, boolean collapsed, String title)
      throws AnalyzeException {
    window.validate();
    PhaseTimeline phases = new PhaseTimeline();
    PhaseTimeline operations = new PhaseTimeline();
    long[] bounds = window.resolve(window.relative() ? RecordingAnalyzer.firstEventNanos(file) : 0);
    RecordingEvents.forEach(
        file,
        e -> {
          String type = e.getEventType().getName();
          boolean phase = type.equals(Events.PHASE);
          boolean task = type.equals("dev.boundarytracer.Task");
          boolean operation = type.equals(Events.OPERATION);
          if ((phase || task || operation) && e.getThread() != null) {
            long start = Instants.nanos(e.getStartTime());
            long end = Instants.nanos(e.getEndTime());
            String op = e.getString("operation");
            String phaseName = operation ? null : e.getString("phase");
            PhaseTimeline.Interval interval =
                new PhaseTimeline.Interval(start, end, op, phaseName, task);
            // A task an operation handed off outside any phase counts as that operation's time.
            (phaseName == null ? operations : phases).add(Events.threadId(e), interval);
          }
        });
    phases.seal();
    operations.seal();
    Arguments args = new Arguments();
    args.title = title;
    args.output = collapsed ? "collapsed" : "html";
    FlameGraph graph = new FlameGraph(args);
    long[] counts = new long[5];
    CallStack stack = new CallStack();
    RecordingEvents.forEach(
        file,
        e -> {
          if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
            return;
          }
          long at = Instants.nanos(e.getStartTime());
          if (at < bounds[0] || at > bounds[1]) {
            return;
          }
          RecordedThread thread = e.getThread("sampledThread");
          long threadId = thread == null ? -1 : thread.getJavaThreadId();
          counts[0]++;
          stack.clear();
          PhaseTimeline.Interval in = phases.at(threadId, at);
          if (in == null) {
            counts[3]++;
            if (operations.at(threadId, at) != null) {
              counts[4]++;
            }
            stack.push(OUTSIDE, Frame.TYPE_NATIVE);
          } else {
            counts[in.task() ? 2 : 1]++;
            stack.push(in.operation(), Frame.TYPE_NATIVE);
            stack.push(in.phase(), Frame.TYPE_NATIVE);
          }
          pushFrames(stack, e.getStackTrace());
          graph.addSample(stack, 1);
        });
    if (counts[0] == 0) {
      throw new AnalyzeException(
          file
              + " holds no jdk.ExecutionSample events"
              + " (record with settings=default or profile, which sample stacks)");
    }
    return new Result(
        new Placement(counts[0], counts[1], counts[2], counts[3], counts[4]), graph::dump);
  }

  /**
   * A built flame graph.
   *
   * @param placement how the samples were placed
   * @param content writes the page or the collapsed stacks
   */
  public record Result(Placement placement, OutputFiles.Content content) {}

  private static void pushFrames(CallStack stack, RecordedStackTrace trace) {
    if (trace == null) {
      return;
    }
    List<RecordedFrame> frames = trace.getFrames();
    for (int i = frames.size() - 1; i >= 0; i--) {
      RecordedFrame f = frames.get(i);
      String name =
          f.getMethod() == null
              ? "unknown"
              : f.getMethod().getType().getName() + "." + f.getMethod().getName();
      stack.push(name, type(f));
    }
  }

  private static byte type(RecordedFrame f) {
    String t = f.getType();
    if (t == null) {
      return Frame.TYPE_JIT_COMPILED;
    }
    return switch (t) {
      case "Interpreted" -> Frame.TYPE_INTERPRETED;
      case "Inlined" -> Frame.TYPE_INLINED;
      case "Native" -> Frame.TYPE_NATIVE;
      default -> Frame.TYPE_JIT_COMPILED;
    };
  }
}
