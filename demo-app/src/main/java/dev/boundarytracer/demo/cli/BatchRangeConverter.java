package dev.boundarytracer.demo.cli;

import dev.boundarytracer.demo.config.BatchRange;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code N} or {@code MIN..MAX} (whole numbers >= 1, MIN <= MAX) to a batch range. */
public final class BatchRangeConverter implements ITypeConverter<BatchRange> {
  private final PositiveIntConverter number = new PositiveIntConverter();

  @Override
  public BatchRange convert(String value) {
    int dots = value.indexOf("..");
    if (dots < 0) {
      return BatchRange.of(number.convert(value.trim()));
    }
    int min = number.convert(value.substring(0, dots).trim());
    int max = number.convert(value.substring(dots + 2).trim());
    if (max < min) {
      throw new TypeConversionException(
          "'" + value + "' is not a range: expected MIN..MAX with MIN <= MAX, e.g. 50..2000");
    }
    return new BatchRange(min, max);
  }
}
