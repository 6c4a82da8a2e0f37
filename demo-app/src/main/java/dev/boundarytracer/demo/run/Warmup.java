package dev.boundarytracer.demo.run;

import dev.boundarytracer.demo.bridge.ExtractedDocument;
import dev.boundarytracer.demo.bridge.Extraction;
import dev.boundarytracer.demo.codec.BsonDecoder;
import dev.boundarytracer.demo.codec.BsonEncoder;
import dev.boundarytracer.demo.concurrent.ParallelMapper;
import dev.boundarytracer.demo.source.DocumentPool;
import java.time.Duration;
import java.util.List;

/**
 * Runs the extract, encode and decode code over the pool's documents before the workers start,
 * outside any operation and without the lock, so that the operations are measured with compiled
 * code rather than with the JIT compiler's start-up (which on a small machine takes seconds and
 * would make every short run look like a slow convert phase).
 */
public final class Warmup {
  private static final int CHUNK = 500;

  private Warmup() {}

  /**
   * Warms up until {@code documents} have gone through the codecs or {@code limit} is over.
   *
   * @param pool the documents
   * @param mapper the pool convert uses
   * @param documents how many documents to push through; 0 skips the warm-up
   * @param limit the most time to spend
   * @return documents pushed through
   */
  public static long run(DocumentPool pool, ParallelMapper mapper, long documents, Duration limit) {
    BsonEncoder encoder = new BsonEncoder();
    BsonDecoder decoder = new BsonDecoder();
    long deadline = System.nanoTime() + limit.toNanos();
    long done = 0;
    long checksum = 0;
    while (done < documents && System.nanoTime() - deadline < 0) {
      int count = (int) Math.min(CHUNK, documents - done);
      List<ExtractedDocument> extracted = Extraction.extractAll(pool.window(done, count), done);
      List<byte[]> encoded = mapper.map(extracted, d -> encoder.encode(d.fields()), true).values();
      checksum += mapper.map(encoded, decoder::decode, true).values().size();
      done += count;
    }
    if (checksum != done) {
      throw new IllegalStateException("warm-up decoded " + checksum + " of " + done + " documents");
    }
    return done;
  }
}
