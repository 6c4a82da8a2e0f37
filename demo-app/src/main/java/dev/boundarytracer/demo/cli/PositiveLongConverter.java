package dev.boundarytracer.demo.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts a whole number >= 1. */
public final class PositiveLongConverter implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    return parse(value);
  }

  static long parse(String value) {
    long parsed;
    try {
      parsed = Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a whole number");
    }
    if (parsed < 1) {
      throw new TypeConversionException("'" + value + "' must be at least 1");
    }
    return parsed;
  }
}
