package dev.boundarytracer.demo.cli;

import dev.boundarytracer.demo.config.Profile;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code healthy}, {@code contended} or {@code serial} to a {@link Profile}. */
public final class ProfileConverter implements ITypeConverter<Profile> {
  @Override
  public Profile convert(String value) {
    try {
      return Profile.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
