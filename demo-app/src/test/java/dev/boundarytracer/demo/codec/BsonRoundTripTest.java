package dev.boundarytracer.demo.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.boundarytracer.demo.model.IntermediateDocument;
import dev.boundarytracer.demo.model.JsonDocument;
import dev.boundarytracer.demo.model.Order;
import dev.boundarytracer.demo.source.OrderGenerator;
import java.math.BigDecimal;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.ByteBuf;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

class BsonRoundTripTest {
  private final BsonEncoder encoder = new BsonEncoder();
  private final BsonDecoder decoder = new BsonDecoder();

  @Test
  void orderRoundTripsThroughBson() {
    Order order = new OrderGenerator(9).next();
    Document decoded = decoder.decode(encoder.encode(order.extract(12)));

    assertEquals(
        List.of(
            "_id",
            "orderNumber",
            "customerId",
            "customer",
            "email",
            "status",
            "express",
            "createdAt",
            "shipTo",
            "tags",
            "items",
            "units",
            "total"),
        List.copyOf(decoded.keySet()));
    assertEquals(12L, decoded.get("_id"));
    assertEquals(order.orderNumber(), decoded.getString("orderNumber"));
    assertEquals(order.customerId(), decoded.getLong("customerId"));
    assertEquals(order.units(), decoded.getInteger("units"));
    assertEquals(order.total(), decoded.getDouble("total"));
    List<Document> items = decoded.getList("items", Document.class);
    assertEquals(order.items().size(), items.size());
    assertEquals(order.items().get(0).sku(), items.get(0).getString("sku"));
    assertEquals(order.items().get(0).quantity(), items.get(0).getInteger("quantity"));
    assertEquals(order.items().get(0).unitPrice(), items.get(0).getDouble("unitPrice"));
    assertEquals(order.express(), decoded.getBoolean("express"));
    assertEquals(Date.from(order.createdAt()), decoded.getDate("createdAt"));
    Document shipTo = decoded.get("shipTo", Document.class);
    assertEquals(order.shipTo().city(), shipTo.getString("city"));
    assertEquals(order.shipTo().postalCode(), shipTo.getString("postalCode"));
    assertEquals(order.tags(), decoded.getList("tags", String.class));
  }

  @Test
  void encodedBytesAreTheBsonLibrarysOwnEncoding() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("_id", 5L);
    fields.put("name", "x");
    fields.put("values", List.of(1, 2.5, true));
    fields.put("sub", Map.of("a", 1));
    byte[] ours = encoder.encode(fields);

    Document same = new Document(fields);
    ByteBuf library = new RawBsonDocument(same, new DocumentCodec()).getByteBuffer();
    byte[] expected = new byte[library.remaining()];
    library.get(expected);
    assertArrayEquals(expected, ours);
  }

  @Test
  void parsedJsonDocumentRoundTripsWithExtendedTypes() {
    Document body =
        Document.parse(
            "{\"_id\": {\"$oid\": \"65a1b2c3d4e5f60718293a4b\"}, \"price\":"
                + " {\"$numberDecimal\": \"19.99\"}, \"when\": {\"$date\": \"2024-03-01T12:00:00Z\"},"
                + " \"big\": {\"$numberLong\": \"9007199254740993\"}, \"none\": null,"
                + " \"items\": [{\"sku\": \"A\", \"qty\": 2}, {\"sku\": \"B\", \"qty\": 1}]}");
    IntermediateDocument fields = new JsonDocument(body).extract(3);
    Document decoded = decoder.decode(encoder.encode(fields));

    assertEquals(3L, decoded.get("_id"));
    assertEquals(new Decimal128(new BigDecimal("19.99")), decoded.get("price"));
    assertEquals(body.getDate("when"), decoded.getDate("when"));
    assertEquals(9007199254740993L, decoded.getLong("big"));
    assertEquals(null, decoded.get("none"));
    assertEquals(true, decoded.containsKey("none"));
    List<Document> items = decoded.getList("items", Document.class);
    assertEquals(2, items.size());
    assertEquals(2, items.get(0).getInteger("qty"));
  }

  @Test
  void valuesWithoutADirectCaseGoThroughTheLibrarysCodecs() {
    ObjectId id = new ObjectId();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("oid", id);
    fields.put("decimal", new BigDecimal("1.25"));
    fields.put("bson", new BsonDocument("k", new BsonString("v")));
    Document decoded = decoder.decode(encoder.encode(fields));

    assertEquals(id, decoded.getObjectId("oid"));
    assertEquals(new Decimal128(new BigDecimal("1.25")), decoded.get("decimal"));
    assertEquals("v", decoded.get("bson", Document.class).getString("k"));
  }

  @Test
  void valueBsonCannotRepresentIsRejected() {
    Map<String, Object> fields = Map.of("thread", new Object());
    assertThrows(IllegalArgumentException.class, () -> encoder.encode(fields));
  }
}
