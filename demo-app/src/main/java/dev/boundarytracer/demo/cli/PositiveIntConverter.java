package dev.boundarytracer.demo.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts a whole number >= 1 that fits an {@code int}. */
public final class PositiveIntConverter implements ITypeConverter<Integer> {
  @Override
  public Integer convert(String value) {
    long parsed = PositiveLongConverter.parse(value);
    if (parsed > Integer.MAX_VALUE) {
      throw new TypeConversionException(
          "'" + value + "' is too large; at most " + Integer.MAX_VALUE);
    }
    return (int) parsed;
  }
}
