package dev.boundarytracer.demo.bridge;

import dev.boundarytracer.BoundaryContext;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import dev.boundarytracer.demo.codec.BsonDecoder;
import dev.boundarytracer.demo.concurrent.Mapped;
import dev.boundarytracer.demo.concurrent.ParallelMapper;
import dev.boundarytracer.demo.config.Profile;
import dev.boundarytracer.demo.db.StoredRow;
import java.util.List;
import org.bson.Document;

/**
 * The convert phase of {@code find}: the BSON bytes read from the database to documents, the
 * reverse direction of {@link EncodeStage}. Same profile rules.
 */
public final class DecodeStage {
  private final GilLock lock;
  private final ParallelMapper mapper;
  private final Profile profile;
  private final BsonDecoder decoder = new BsonDecoder();

  /**
   * A stage for one profile.
   *
   * @param lock the shared GIL analogue (held only by the contended variant)
   * @param mapper the pool large batches are decoded on
   * @param profile which variant runs
   */
  public DecodeStage(GilLock lock, ParallelMapper mapper, Profile profile) {
    this.lock = lock;
    this.mapper = mapper;
    this.profile = profile;
  }

  /**
   * Runs the profile's convert phase: exactly one annotated convert method.
   *
   * @param rows rows read from the database
   * @return their decoded bodies, in order
   */
  public List<Document> convert(List<StoredRow> rows) {
    if (!profile.convertHoldsLock()) {
      return decode(rows);
    }
    return profile.convertDeclaredHeld() ? decodeHoldingLock(rows) : decodeMislabeled(rows);
  }

  /**
   * Decodes with the lock released; in parallel for large batches unless the profile is serial.
   *
   * @param rows rows read from the database
   * @return their decoded bodies
   */
  @BoundaryPhase(Phase.CONVERT)
  public List<Document> decode(List<StoredRow> rows) {
    return decodeAndReport(rows);
  }

  /**
   * Decodes while holding the lock (contended profile).
   *
   * @param rows rows read from the database
   * @return their decoded bodies
   */
  @BoundaryPhase(value = Phase.CONVERT, lock = LockUse.HELD)
  public List<Document> decodeHoldingLock(List<StoredRow> rows) {
    lock.acquire(profile.convertHoldShare());
    try {
      return decodeAndReport(rows);
    } finally {
      lock.release();
    }
  }

  /**
   * Decodes while holding the lock but declared as releasing it (the default for convert): the
   * mislabeled profile's mistake, which only the measured lock reveals.
   *
   * @param rows rows read from the database
   * @return their decoded bodies
   */
  @BoundaryPhase(Phase.CONVERT)
  public List<Document> decodeMislabeled(List<StoredRow> rows) {
    lock.acquire();
    try {
      return decodeAndReport(rows);
    } finally {
      lock.release();
    }
  }

  private List<Document> decodeAndReport(List<StoredRow> rows) {
    Mapped<Document> decoded =
        mapper.map(rows, row -> decoder.decode(row.body()), profile.convertMayRunInParallel());
    BoundaryContext.setParallel(decoded.parallel());
    return decoded.values();
  }
}
