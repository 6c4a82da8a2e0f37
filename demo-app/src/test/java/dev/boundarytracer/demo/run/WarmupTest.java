package dev.boundarytracer.demo.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundarytracer.demo.concurrent.ParallelMapper;
import dev.boundarytracer.demo.source.DocumentPool;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WarmupTest {

  @Test
  void pushesTheRequestedDocumentsThroughTheCodecs() {
    try (ParallelMapper mapper = new ParallelMapper(2, 50)) {
      DocumentPool pool = DocumentPool.synthetic(3, 100);
      assertEquals(1234, Warmup.run(pool, mapper, 1234, Duration.ofMinutes(1)));
      assertEquals(0, Warmup.run(pool, mapper, 0, Duration.ofMinutes(1)));
    }
  }

  @Test
  void stopsWhenTheTimeLimitIsOver() {
    try (ParallelMapper mapper = new ParallelMapper(2, 50)) {
      DocumentPool pool = DocumentPool.synthetic(3, 100);
      assertEquals(0, Warmup.run(pool, mapper, 1_000_000, Duration.ZERO));
    }
  }
}
