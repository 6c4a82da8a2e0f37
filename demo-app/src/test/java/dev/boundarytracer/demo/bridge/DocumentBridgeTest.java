package dev.boundarytracer.demo.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.boundarytracer.Phase;
import dev.boundarytracer.demo.concurrent.ParallelMapper;
import dev.boundarytracer.demo.config.Profile;
import dev.boundarytracer.demo.db.DocumentSchema;
import dev.boundarytracer.demo.db.DocumentTable;
import dev.boundarytracer.demo.db.EmbeddedH2Server;
import dev.boundarytracer.demo.model.FoundDocument;
import dev.boundarytracer.demo.model.Order;
import dev.boundarytracer.demo.model.UpdateResult;
import dev.boundarytracer.demo.source.OrderGenerator;
import dev.boundarytracer.demo.stats.OperationTimes;
import dev.boundarytracer.demo.stats.PhaseStats;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Date;
import java.util.List;
import java.util.stream.LongStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentBridgeTest {
  private EmbeddedH2Server server;
  private ParallelMapper mapper;
  private final PhaseStats stats = new PhaseStats();
  private final GilLock lock = new GilLock();

  @BeforeEach
  void start() throws SQLException {
    server = EmbeddedH2Server.start();
    try (Connection connection = server.connect()) {
      DocumentSchema.recreate(connection);
    }
    mapper = new ParallelMapper(2, 50);
  }

  @AfterEach
  void stop() throws SQLException {
    mapper.close();
    server.close();
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void insertedDocumentsAreFoundDecodedAndThenUpdated(Profile profile) throws SQLException {
    List<Order> orders = new OrderGenerator(4).next(120);
    List<Order> replacements = new OrderGenerator(5).next(60);
    try (DocumentBridge bridge = bridge(profile)) {
      List<Long> ids = bridge.insertMany(orders);
      assertEquals(LongStream.range(1000, 1120).boxed().toList(), ids);

      List<FoundDocument> found = bridge.find(1000, 120);
      assertEquals(120, found.size());
      for (int i = 0; i < found.size(); i++) {
        FoundDocument document = found.get(i);
        Order order = orders.get(i);
        assertEquals(1000L + i, document.id());
        assertEquals(1, document.version());
        assertEquals(1000L + i, document.body().get("_id"));
        assertEquals(order.orderNumber(), document.body().getString("orderNumber"));
        assertEquals(Date.from(order.createdAt()), document.body().getDate("createdAt"));
        assertEquals(
            order.shipTo().country(), document.body().get("shipTo", Document.class).get("country"));
      }

      UpdateResult updated = bridge.updateMany(1030, replacements);
      assertEquals(new UpdateResult(60, 60), updated);
      List<FoundDocument> after = bridge.find(1025, 10);
      assertEquals(1, after.get(4).version());
      assertEquals(2, after.get(5).version());
      assertEquals(orders.get(29).orderNumber(), after.get(4).body().getString("orderNumber"));
      assertEquals(replacements.get(0).orderNumber(), after.get(5).body().getString("orderNumber"));
      assertEquals(1030L, after.get(5).body().get("_id"));
    }
    assertFalse(lock.isHeldByCurrentThread());
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void findOfAWindowPastTheDataReturnsOnlyWhatExists(Profile profile) throws SQLException {
    try (DocumentBridge bridge = bridge(profile)) {
      bridge.insertMany(new OrderGenerator(1).next(10));
      assertEquals(10, bridge.find(995, 100).size());
      assertEquals(0, bridge.find(5000, 100).size());
      assertEquals(new UpdateResult(3, 0), bridge.updateMany(9000, new OrderGenerator(2).next(3)));
    }
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void everyOperationTimesEachOfItsFourPhases(Profile profile) throws SQLException {
    try (DocumentBridge bridge = bridge(profile)) {
      bridge.insertMany(new OrderGenerator(1).next(80));
      bridge.find(1000, 80);
      bridge.updateMany(1000, new OrderGenerator(2).next(80));
    }
    for (OperationKind kind : OperationKind.values()) {
      OperationTimes times = stats.times(kind);
      assertEquals(1, times.ops(), kind.operationName());
      assertEquals(80, times.docs(), kind.operationName());
      long phases = 0;
      for (Phase phase : Phase.values()) {
        phases += times.phaseNanos()[phase.ordinal()];
      }
      assertEquals(true, phases > 0 && phases <= times.totalNanos(), kind.operationName());
      assertEquals(true, times.phaseNanos()[Phase.NETWORK.ordinal()] > 0, kind.operationName());
    }
  }

  private DocumentBridge bridge(Profile profile) throws SQLException {
    BridgeShared shared = new BridgeShared(lock, mapper, profile, new IdSequence(1000), stats);
    return new DocumentBridge(shared, DocumentTable.open(server), 0);
  }
}
