package dev.boundarytracer.it.app.perdoc;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@link #OPERATIONS} encodes of {@link #DOCS} documents each; prints {@code sent=<bytes>}.
 */
public final class PerDocumentMain {
  public static final int OPERATIONS = 20;
  public static final int DOCS = 200;

  private PerDocumentMain() {}

  public static void main(String[] args) {
    DocumentEncoder encoder = new DocumentEncoder();
    for (int op = 0; op < OPERATIONS; op++) {
      List<String> docs = new ArrayList<>();
      for (int i = 0; i < DOCS; i++) {
        docs.add("document-" + op + "-" + i);
      }
      encoder.encodeAll(docs);
    }
    System.out.println("sent=" + encoder.sent());
  }
}
