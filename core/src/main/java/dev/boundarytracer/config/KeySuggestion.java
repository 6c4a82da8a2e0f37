package dev.boundarytracer.config;

import java.util.Locale;

/**
 * The accepted key nearest to a mistyped one, by edit distance (insertions, deletions,
 * substitutions and swaps of neighbours, ignoring case), for "did you mean" hints.
 */
final class KeySuggestion {
  private KeySuggestion() {}

  /**
   * A "did you mean" clause for an unknown key.
   *
   * @param name the unknown key as given, not null
   * @return {@code "did you mean 'key'? "} or the empty string when no key is near
   */
  static String hint(String name) {
    String nearest = nearest(name);
    return nearest == null ? "" : "did you mean '" + nearest + "'? ";
  }

  /**
   * The nearest accepted key, when it is near enough to be a typo.
   *
   * @param name the unknown key as given (without the {@code boundary.} prefix), not null
   * @return the key's canonical spelling, or null when none is within a third of its length (at
   *     least two edits, at most four)
   */
  static String nearest(String name) {
    String given = name.trim().toLowerCase(Locale.ROOT);
    if (given.startsWith("boundary.")) {
      given = given.substring("boundary.".length());
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (ConfigKey k : ConfigKey.values()) {
      int d = distance(given, k.key().toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = k.key();
      }
    }
    int allowed = Math.min(4, Math.max(2, given.length() / 3));
    return bestDistance <= allowed ? best : null;
  }

  /** Optimal string alignment distance. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
