package dev.boundarytracer.demo.codec;

import java.nio.ByteBuffer;
import org.bson.BsonBinaryReader;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;

/**
 * Decodes BSON bytes into a {@link Document} of plain Java values with the bson library's {@link
 * DocumentCodec}: nested documents become {@link Document}s, arrays lists, dates {@link
 * java.util.Date}s. Stateless and thread-safe.
 */
public final class BsonDecoder {
  private static final DocumentCodec CODEC = new DocumentCodec();
  private static final DecoderContext CONTEXT = DecoderContext.builder().build();

  /**
   * Decodes one document.
   *
   * @param bson the bytes of exactly one BSON document
   * @return the document
   * @throws org.bson.BSONException when the bytes are not a valid BSON document
   */
  public Document decode(byte[] bson) {
    try (BsonBinaryReader reader = new BsonBinaryReader(ByteBuffer.wrap(bson))) {
      return CODEC.decode(reader, CONTEXT);
    }
  }
}
