package dev.boundarytracer.flags;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FlagTextsTest {
  @Test
  void recommendationsSayTheIdeaItselfWithoutPointingAtSourceDocuments() {
    int checked = 0;
    for (RedFlagRule rule : RedFlagRule.values()) {
      String text;
      try {
        text = FlagTexts.recommendation(rule, 0.6, 50);
      } catch (IllegalArgumentException measuredLockRule) {
        continue; // measured-lock rules carry their own texts
      }
      checked++;
      String lower = text.toLowerCase(Locale.ROOT);
      assertFalse(lower.contains("seed"), rule + ": " + text);
      assertFalse(lower.contains("issue "), rule + ": " + text);
    }
    assertTrue(checked >= 10, "recommendations checked: " + checked);
  }
}
