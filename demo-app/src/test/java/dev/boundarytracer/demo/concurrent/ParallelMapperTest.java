package dev.boundarytracer.demo.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParallelMapperTest {
  private final ParallelMapper mapper = new ParallelMapper(2, 50);

  @AfterEach
  void close() {
    mapper.close();
  }

  @Test
  void largeBatchRunsOnThePoolAndKeepsOrder() {
    List<Integer> input = IntStream.range(0, 1000).boxed().toList();
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    Mapped<Integer> mapped =
        mapper.map(
            input,
            i -> {
              threads.add(Thread.currentThread());
              return i * 2;
            },
            true);
    assertTrue(mapped.parallel());
    assertEquals(IntStream.range(0, 1000).map(i -> i * 2).boxed().toList(), mapped.values());
    assertFalse(threads.contains(Thread.currentThread()), "the pool did the work");
  }

  @Test
  void batchBelowTheThresholdRunsOnTheCallingThread() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    Mapped<String> mapped =
        mapper.map(
            IntStream.range(0, 49).boxed().toList(),
            i -> {
              threads.add(Thread.currentThread());
              return "v" + i;
            },
            true);
    assertFalse(mapped.parallel());
    assertEquals(Set.of(Thread.currentThread()), threads);
    assertEquals("v48", mapped.values().get(48));
  }

  @Test
  void serialIsForcedWhenParallelIsNotAllowed() {
    Mapped<Integer> mapped = mapper.map(IntStream.range(0, 500).boxed().toList(), i -> i, false);
    assertFalse(mapped.parallel());
    assertEquals(500, mapped.values().size());
  }

  @Test
  void exceptionInATaskReachesTheCaller() {
    List<Integer> input = IntStream.range(0, 200).boxed().toList();
    assertThrows(
        IllegalStateException.class,
        () ->
            mapper.map(
                input,
                i -> {
                  if (i == 137) {
                    throw new IllegalStateException("bad document");
                  }
                  return i;
                },
                true));
  }
}
