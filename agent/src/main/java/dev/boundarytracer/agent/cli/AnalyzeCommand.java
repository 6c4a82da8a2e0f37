package dev.boundarytracer.agent.cli;

import dev.boundarytracer.agent.analyze.Analysis;
import dev.boundarytracer.agent.analyze.AnalyzeException;
import dev.boundarytracer.agent.analyze.FlameGraphExport;
import dev.boundarytracer.agent.analyze.HlogExport;
import dev.boundarytracer.agent.analyze.OutputFiles;
import dev.boundarytracer.agent.analyze.RecordingAnalyzer;
import dev.boundarytracer.agent.analyze.RulesHtmlReport;
import dev.boundarytracer.agent.analyze.TimeWindow;
import dev.boundarytracer.report.JsonReport;
import dev.boundarytracer.report.TextReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code analyze <recording.jfr>}: the agent's report computed from a recording alone, and on
 * request an HdrHistogram interval log and a flame graph per phase.
 *
 * <p>Exit codes: 0 done, 1 the recording cannot be analysed or an output cannot be written, 2 bad
 * usage. Each output file is written whole or not at all.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Print the boundary-tracer report (text or JSON) of a JFR recording, as the agent writes it"
          + " at exit, from the recording alone; optionally export HdrHistogram interval logs and a"
          + " flame graph per operation and phase."
    })
final class AnalyzeCommand implements Callable<Integer> {
  /** Report formats. */
  enum Format {
    text,
    json,
    html
  }

  @Parameters(index = "0", paramLabel = "<recording.jfr>", description = "the JFR recording")
  Path recording;

  @Option(
      names = "--format",
      paramLabel = "text|json|html",
      description = "report format (default: ${DEFAULT-VALUE})",
      defaultValue = "text")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "write the report to FILE instead of standard output")
  Path out;

  @Option(
      names = "--from",
      paramLabel = "TIME",
      description =
          "analyse events ending at or after TIME: an instant (2026-11-29T17:05:00Z) or a"
              + " time since the recording's start (30s, 1500ms, 2m)")
  String from;

  @Option(
      names = "--to",
      paramLabel = "TIME",
      description = "analyse events ending at or before TIME")
  String to;

  @Option(
      names = "--hlog",
      paramLabel = "FILE",
      description = "also write each (operation, phase) as an HdrHistogram interval log")
  Path hlog;

  @Option(
      names = "--flame",
      paramLabel = "FILE.html",
      description =
          "also write a flame graph of the execution samples under operation and phase"
              + " (FILE.collapsed or FILE.txt: collapsed stacks)")
  Path flame;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    try {
      TimeWindow window = new TimeWindow(from, to);
      Analysis analysis = RecordingAnalyzer.analyze(recording, window);
      FlameGraphExport.Result flameGraph = null;
      if (flame != null) {
        String name = flame.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean collapsed = name.endsWith(".collapsed") || name.endsWith(".txt");
        flameGraph =
            FlameGraphExport.build(
                recording, window, collapsed, "boundary-tracer: " + recording.getFileName());
      }
      OutputFiles.Content report = report(analysis);
      for (String note : analysis.notes()) {
        err.println("[boundary-tracer] " + note);
      }
      if (out == null) {
        PrintStream stdout = System.out;
        report.writeTo(stdout);
        stdout.flush();
      } else {
        OutputFiles.write(out, report);
      }
      if (hlog != null) {
        OutputFiles.write(hlog, o -> HlogExport.write(analysis, o));
      }
      if (flameGraph != null) {
        OutputFiles.write(flame, flameGraph.content());
        FlameGraphExport.Placement p = flameGraph.placement();
        err.printf(
            Locale.ROOT,
            "[boundary-tracer] flame graph %s: %d samples, %d in phases on their own thread, %d in"
                + " tasks handed off by phases, %d outside phases (%d of them inside an operation"
                + " whose phase call was not recorded)%n",
            flame,
            p.samples(),
            p.inPhase(),
            p.inTask(),
            p.outside(),
            p.inOperationUnplaced());
      }
      return 0;
    } catch (AnalyzeException e) {
      err.println("[boundary-tracer] analyze: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("[boundary-tracer] analyze: cannot write the output: " + e.getMessage());
      return 1;
    }
  }

  private OutputFiles.Content report(Analysis analysis) throws AnalyzeException {
    return switch (format) {
      case text -> o -> write(o, withNewline(TextReport.render(analysis.profile())));
      case json -> o -> write(o, JsonReport.toJson(analysis.profile()));
      case html -> RulesHtmlReport.content(recording);
    };
  }

  private static String withNewline(String s) {
    return s.endsWith("\n") ? s : s + "\n";
  }

  private static void write(OutputStream o, String s) throws IOException {
    o.write(s.getBytes(StandardCharsets.UTF_8));
  }
}
