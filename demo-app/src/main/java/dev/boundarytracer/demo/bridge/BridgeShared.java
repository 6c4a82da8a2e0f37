package dev.boundarytracer.demo.bridge;

import dev.boundarytracer.demo.concurrent.ParallelMapper;
import dev.boundarytracer.demo.config.Profile;
import dev.boundarytracer.demo.stats.PhaseStats;
import java.util.Objects;

/**
 * What all workers of one run share: the GIL analogue, the conversion pool, the profile, the id
 * sequence of inserts and the demo's own phase clock.
 *
 * @param lock the one lock
 * @param mapper the ForkJoin pool convert uses
 * @param profile the run's profile
 * @param ids ids for inserted documents
 * @param stats where operations report their phase times
 */
public record BridgeShared(
    GilLock lock, ParallelMapper mapper, Profile profile, IdSequence ids, PhaseStats stats) {

  public BridgeShared {
    Objects.requireNonNull(lock, "lock");
    Objects.requireNonNull(mapper, "mapper");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(stats, "stats");
  }
}
