package dev.boundarytracer.demo.codec;

import dev.boundarytracer.demo.model.IntermediateDocument;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.bson.BsonBinaryWriter;
import org.bson.BsonValue;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecConfigurationException;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.ObjectId;

/**
 * Encodes an intermediate document (an {@link IntermediateDocument} or a {@code Map<String,
 * Object>} of plain Java values) to BSON bytes with a {@link BsonBinaryWriter}. The common value
 * types are written directly; anything else (Decimal128, Binary, BsonValue, BigDecimal, UUID, ...)
 * goes through the bson library's default codec registry. Stateless and thread-safe.
 */
public final class BsonEncoder {
  private static final CodecRegistry REGISTRY = Bson.DEFAULT_CODEC_REGISTRY;
  private static final EncoderContext CONTEXT = EncoderContext.builder().build();
  private static final int INITIAL_BUFFER = 512;

  /**
   * Encodes one document.
   *
   * @param document the fields, in the order they are written
   * @return the BSON bytes
   * @throws IllegalArgumentException when a value has a type BSON cannot represent
   */
  public byte[] encode(IntermediateDocument document) {
    BasicOutputBuffer buffer = new BasicOutputBuffer(INITIAL_BUFFER);
    try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
      writeDocument(writer, document);
    }
    return buffer.toByteArray();
  }

  /**
   * Encodes one document given as a map.
   *
   * @param document field names to values, in the order they are written
   * @return the BSON bytes
   * @throws IllegalArgumentException when a value has a type BSON cannot represent
   */
  public byte[] encode(Map<String, ?> document) {
    BasicOutputBuffer buffer = new BasicOutputBuffer(INITIAL_BUFFER);
    try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
      writeDocument(writer, document);
    }
    return buffer.toByteArray();
  }

  private void writeDocument(BsonWriter writer, IntermediateDocument document) {
    String[] names = document.names();
    Object[] values = document.values();
    writer.writeStartDocument();
    for (int i = 0; i < names.length; i++) {
      writer.writeName(names[i]);
      writeValue(writer, values[i]);
    }
    writer.writeEndDocument();
  }

  private void writeDocument(BsonWriter writer, Map<?, ?> document) {
    writer.writeStartDocument();
    for (Map.Entry<?, ?> field : document.entrySet()) {
      writer.writeName(String.valueOf(field.getKey()));
      writeValue(writer, field.getValue());
    }
    writer.writeEndDocument();
  }

  private void writeValue(BsonWriter writer, Object value) {
    if (value == null) {
      writer.writeNull();
    } else if (value instanceof String text) {
      writer.writeString(text);
    } else if (value instanceof Integer number) {
      writer.writeInt32(number);
    } else if (value instanceof Long number) {
      writer.writeInt64(number);
    } else if (value instanceof Double number) {
      writer.writeDouble(number);
    } else if (value instanceof Boolean flag) {
      writer.writeBoolean(flag);
    } else if (value instanceof Date date) {
      writer.writeDateTime(date.getTime());
    } else if (value instanceof Instant instant) {
      writer.writeDateTime(instant.toEpochMilli());
    } else if (value instanceof ObjectId id) {
      writer.writeObjectId(id);
    } else if (value instanceof IntermediateDocument document) {
      writeDocument(writer, document);
    } else if (value instanceof BsonValue) {
      writeWithCodec(writer, value);
    } else if (value instanceof Map<?, ?> document) {
      writeDocument(writer, document);
    } else if (value instanceof Object[] array) {
      writer.writeStartArray();
      for (Object element : array) {
        writeValue(writer, element);
      }
      writer.writeEndArray();
    } else if (value instanceof Iterable<?> array) {
      writer.writeStartArray();
      for (Object element : array) {
        writeValue(writer, element);
      }
      writer.writeEndArray();
    } else {
      writeWithCodec(writer, value);
    }
  }

  @SuppressWarnings("unchecked")
  private static void writeWithCodec(BsonWriter writer, Object value) {
    Codec<Object> codec;
    try {
      codec = (Codec<Object>) REGISTRY.get(value.getClass());
    } catch (CodecConfigurationException e) {
      throw new IllegalArgumentException(
          "cannot encode a " + value.getClass().getName() + " as BSON", e);
    }
    CONTEXT.encodeWithChildContext(codec, writer, value);
  }
}
