package dev.boundarytracer.it.app.perdoc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Unannotated code in the shape of the README's pointcut example: one operation call encodes a
 * batch with a parallel stream through a per-document method. Profiled by a pointcut file only.
 */
public final class DocumentEncoder {
  private long sent;

  /** The operation: copy the batch, encode each document in parallel, send the bytes. */
  public int encodeAll(List<String> documents) {
    List<String> copy = snapshot(documents);
    List<byte[]> encoded = copy.parallelStream().map(this::encodeOne).collect(Collectors.toList());
    send(encoded);
    return encoded.size();
  }

  /** EXTRACT, lock held. */
  List<String> snapshot(List<String> documents) {
    return new ArrayList<>(documents);
  }

  /** CONVERT, lock released: one document, about a tenth of a millisecond of hashing. */
  byte[] encodeOne(String document) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 400; i++) {
        bytes = digest.digest(bytes);
      }
      return bytes;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** NETWORK, lock released. */
  void send(List<byte[]> encoded) {
    for (byte[] b : encoded) {
      sent += b.length;
    }
  }

  long sent() {
    return sent;
  }
}
