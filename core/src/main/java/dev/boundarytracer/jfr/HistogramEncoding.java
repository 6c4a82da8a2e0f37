package dev.boundarytracer.jfr;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.DataFormatException;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.Histogram;

/**
 * A histogram as text for a JFR string field: HdrHistogram's compressed encoding ({@link
 * AbstractHistogram#encodeIntoCompressedByteBuffer}), base64, exactly as a histogram line of the
 * HdrHistogram log format ({@code HistogramLogWriter}) carries it. Any HdrHistogram implementation
 * decodes it ({@code Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(base64Decoded), 0)});
 * the values keep their unit (nanoseconds for durations).
 *
 * <p>Thread-safe (no state). Allocates the encoding buffer per call: it runs on the periodic
 * statistics thread, never on the hot path.
 */
public final class HistogramEncoding {
  private HistogramEncoding() {}

  /**
   * Encodes a histogram.
   *
   * @param histogram any HdrHistogram, not null; not modified (its start and end timestamps are
   *     encoded as they are)
   * @return base64 text without line breaks, a few hundred characters for the durations of one
   *     (operation, phase) at 2 significant digits
   */
  public static String encode(AbstractHistogram histogram) {
    ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
    int length = histogram.encodeIntoCompressedByteBuffer(buffer);
    return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length));
  }

  /**
   * Decodes what {@link #encode} wrote (or a histogram of an HdrHistogram log line).
   *
   * @param base64 the encoded text, not null
   * @return a new histogram with the encoded counts
   * @throws IllegalArgumentException if the text is not base64 or not a compressed histogram
   */
  public static Histogram decode(String base64) {
    try {
      return Histogram.decodeFromCompressedByteBuffer(
          ByteBuffer.wrap(Base64.getDecoder().decode(base64)), 0);
    } catch (DataFormatException | RuntimeException e) {
      throw new IllegalArgumentException("not a base64 compressed HdrHistogram: " + e, e);
    }
  }
}
