package dev.boundarytracer.demo.bridge;

import dev.boundarytracer.BoundaryContext;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import dev.boundarytracer.demo.codec.BsonEncoder;
import dev.boundarytracer.demo.concurrent.Mapped;
import dev.boundarytracer.demo.concurrent.ParallelMapper;
import dev.boundarytracer.demo.config.Profile;
import dev.boundarytracer.demo.db.EncodedDocument;
import java.util.List;

/**
 * The convert phase of the write operations: intermediate documents to BSON bytes. The profile
 * picks the annotated method, since a method's lock declaration is static.
 */
public final class EncodeStage {
  private final GilLock lock;
  private final ParallelMapper mapper;
  private final Profile profile;
  private final BsonEncoder encoder = new BsonEncoder();

  /**
   * A stage for one profile.
   *
   * @param lock the shared GIL analogue (held only by the contended variant)
   * @param mapper the pool large batches are encoded on
   * @param profile which variant runs
   */
  public EncodeStage(GilLock lock, ParallelMapper mapper, Profile profile) {
    this.lock = lock;
    this.mapper = mapper;
    this.profile = profile;
  }

  /**
   * Runs the profile's convert phase: exactly one annotated convert method.
   *
   * @param documents the intermediate forms
   * @return the encoded documents, in order
   */
  public List<EncodedDocument> convert(List<ExtractedDocument> documents) {
    if (!profile.convertHoldsLock()) {
      return encode(documents);
    }
    return profile.convertDeclaredHeld()
        ? encodeHoldingLock(documents)
        : encodeMislabeled(documents);
  }

  /**
   * Encodes with the lock released; in parallel for large batches unless the profile is serial.
   *
   * @param documents the intermediate forms
   * @return the encoded documents
   */
  @BoundaryPhase(Phase.CONVERT)
  public List<EncodedDocument> encode(List<ExtractedDocument> documents) {
    return encodeAndReport(documents);
  }

  /**
   * Encodes while holding the lock: the contended profile's mistake, declared honestly.
   *
   * @param documents the intermediate forms
   * @return the encoded documents
   */
  @BoundaryPhase(value = Phase.CONVERT, lock = LockUse.HELD)
  public List<EncodedDocument> encodeHoldingLock(List<ExtractedDocument> documents) {
    lock.acquire();
    try {
      return encodeAndReport(documents);
    } finally {
      lock.release();
    }
  }

  /**
   * Encodes while holding the lock but declared as releasing it (the default for convert): the
   * mislabeled profile's mistake, which only the measured lock reveals.
   *
   * @param documents the intermediate forms
   * @return the encoded documents
   */
  @BoundaryPhase(Phase.CONVERT)
  public List<EncodedDocument> encodeMislabeled(List<ExtractedDocument> documents) {
    lock.acquire();
    try {
      return encodeAndReport(documents);
    } finally {
      lock.release();
    }
  }

  private List<EncodedDocument> encodeAndReport(List<ExtractedDocument> documents) {
    Mapped<EncodedDocument> encoded =
        mapper.map(documents, this::encodeOne, profile.convertMayRunInParallel());
    BoundaryContext.setParallel(encoded.parallel());
    return encoded.values();
  }

  private EncodedDocument encodeOne(ExtractedDocument document) {
    return new EncodedDocument(
        document.id(), document.category(), encoder.encode(document.fields()));
  }
}
