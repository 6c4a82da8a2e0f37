package dev.boundarytracer.report;

import static dev.boundarytracer.report.ReportFixtures.findWithoutDocs;
import static dev.boundarytracer.report.ReportFixtures.insertMany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import dev.boundarytracer.flags.OperationFixture;
import dev.boundarytracer.flags.RedFlagRules;
import dev.boundarytracer.flags.Thresholds;
import dev.boundarytracer.snapshot.JvmSnapshot;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {

  private static final String HEADER =
      "boundary-tracer report (1 operation name, 2400 operation calls, uptime 12.4 s, cpu 20.1 s,"
          + " heap peak 210 MiB, rss peak 340 MiB)\n";

  private static String render(OperationSnapshot... operations) {
    return TextReport.render(OperationFixture.profile(operations));
  }

  @Test
  void rendersOperationInDesignShapeWithAlignedPercentiles() {
    String expected =
        HEADER
            + "\n"
            + "insert_many (1000 docs/op, 8.32 µs/doc, 2400 calls, 120.5 calls/s, 120500 docs/s):\n"
            + "  Extract:      823 µs  p50  790  p99 1210  max  3100  (lock held)\n"
            + "  Convert:     4521 µs  p50 4400  p99 6020  max  9000"
            + "  (lock released, parallel 2400/2400)\n"
            + "  Network:     2103 µs  p50 2000  p99 3500  max 12000  (lock released)\n"
            + "  Materialize:  875 µs  p50  850  p99 1300  max  2900  (lock held)\n"
            + "  Total:       8322 µs  p50 8100  p99 9900  max 14000"
            + "  (lock held 20.4 %, at most 4.9x from more threads)\n"
            + "  Errors: 0   Allocated: 1.2 MiB/op (max 1.5 MiB)\n"
            + "  Red flags: none\n";
    assertEquals(expected, render(insertMany().build()));
  }

  @Test
  void listsRedFlagsWithRecommendations() {
    OperationSnapshot op = insertMany().lockHeldNanos(12_622_809_600L).lockReleases(0).build();
    ProfileSnapshot flagged =
        RedFlagRules.withRedFlags(OperationFixture.profile(op), Thresholds.DEFAULTS);
    String text = TextReport.render(flagged);

    assertTrue(text.contains("(lock held 63.2 %, at most 1.6x from more threads)\n"), text);
    assertTrue(
        text.contains(
            "  Red flags:\n"
                + "    CRITICAL LOCK_HELD_HIGH: lock held 63.2 % of wall time, red flag above 50 %\n"
                + "      -> Move work out of the critical section"),
        text);
    assertTrue(
        text.contains(
            "    CRITICAL NO_LOCK_RELEASE: 0 lock releases in 2400 calls, red flag at 0"
                + " (target at least 2 per operation)\n"
                + "      -> Release the serialising lock around encoding and I/O"),
        text);
    assertFalse(text.contains("Red flags: none"), text);
    assertTrue(text.endsWith("py.allow_threads(); declare those phases lock = RELEASED.\n"), text);
  }

  @Test
  void saysNoLockCeilingWhenLockIsNeverHeld() {
    String text = render(findWithoutDocs());
    assertTrue(text.contains("(lock held 0.0 %, no lock ceiling)\n"), text);
  }

  @Test
  void omitsDocumentFiguresForOperationWithoutDocuments() {
    String text = render(findWithoutDocs());
    assertTrue(text.contains("\nfind (10 calls, 5000.0 calls/s):\n"), text);
    assertFalse(text.contains("docs"), text);
  }

  @Test
  void roundsSmallDurationsToThreeSignificantDigits() {
    String text = render(findWithoutDocs());
    assertTrue(text.contains("  Convert:      150 µs  p50  150"), text);
    assertTrue(text.contains("  Network:     0.85 µs  p50 0.85"), text);
    assertTrue(text.contains("  Total:        151 µs"), text);
  }

  @Test
  void showsPhaseErrorsOnlyWhenNonZero() {
    OperationSnapshot op =
        insertMany()
            .phase(
                Phase.NETWORK, LockUse.RELEASED, 3, ReportFixtures.micros(2103, 2000, 3500, 12000))
            .errors(3)
            .build();
    String text = render(op);
    assertTrue(text.contains("  (lock released, 3 errors)\n"), text);
    assertTrue(text.contains("  (lock held)\n"), text);
    assertTrue(text.contains("  Errors: 3   Allocated:"), text);
  }

  @Test
  void rendersOperationsInSnapshotOrderSeparatedByBlankLines() {
    String text = render(insertMany().build(), findWithoutDocs());
    assertTrue(
        text.startsWith(
            HEADER.replace(
                "1 operation name, 2400 operation calls",
                "2 operation names, 2410 operation calls")),
        text);
    int insert = text.indexOf("insert_many (");
    int find = text.indexOf("find (");
    assertTrue(insert > 0 && find > insert, text);
    assertTrue(text.substring(0, find).endsWith("Red flags: none\n\n"), text);
  }

  @Test
  void printsHeaderAndNoOperationsForEmptySnapshot() {
    String text = TextReport.render(new ProfileSnapshot(List.of(), OperationFixture.jvm()));
    assertEquals(
        "boundary-tracer report (0 operation names, 0 operation calls, uptime 12.4 s, cpu 20.1 s,"
            + " heap peak 210 MiB, rss peak 340 MiB)\n\nno operations recorded\n",
        text);
  }

  @Test
  void addsSuppressedErrorsToHeaderOnlyWhenNonZero() {
    JvmSnapshot troubled = new JvmSnapshot(12_400, 20.1, 0, 0, 210L << 20, -1, "17", 2);
    String text = TextReport.render(new ProfileSnapshot(List.of(), troubled));
    assertTrue(
        text.startsWith(
            "boundary-tracer report (0 operation names, 0 operation calls, uptime 12.4 s, cpu 20.1 s, heap peak 210 MiB,"
                + " 2 agent errors suppressed)\n"),
        text);
    assertFalse(render(insertMany().build()).contains("suppressed"));
  }

  @Test
  void showsOnlyTotalForOperationThatOnlyNestsOthers() {
    OperationSnapshot parent =
        OperationFixture.operation("import_batch")
            .calls(2)
            .total(OperationFixture.flat(2, 5_000_000))
            .build();
    String text = render(parent);
    assertTrue(
        text.contains(
            "import_batch (2 calls, 200.0 calls/s):\n"
                + "  Total:       5000 µs  p50 5000  p99 5000  max 5000"
                + "  (lock held 0.0 %, no lock ceiling)\n"),
        text);
  }

  @Test
  void showsPhasesRecordedOutsideAnyOperationWithoutTotalOrParallelCount() {
    OperationSnapshot orphan =
        OperationFixture.operation("Repo.save")
            .calls(0)
            .phase(Phase.CONVERT, LockUse.RELEASED, 1, OperationFixture.flat(1, 168_000))
            .build();
    String text = render(orphan);
    assertTrue(
        text.contains(
            "Repo.save (phases called outside any operation):\n"
                + "  Convert:     168 µs  p50 168  p99 168  max 168  (lock released, 1 error)\n"),
        text);
    assertFalse(text.contains("Total:"), text);
    assertFalse(text.contains("parallel 0/0"), text);
  }

  @Test
  void listsTheUnmatchedPointcutsAfterTheOperations() {
    String text =
        TextReport.render(
            new ProfileSnapshot(
                List.of(),
                OperationFixture.jvm(),
                List.of(),
                List.of("p.txt:2 phase CONVERT a.B#c")));
    assertTrue(
        text.endsWith("Pointcuts that matched no method:\n  p.txt:2 phase CONVERT a.B#c\n"), text);
  }
}
