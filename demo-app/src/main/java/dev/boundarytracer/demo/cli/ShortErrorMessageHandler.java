package dev.boundarytracer.demo.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Prints one clear line for bad options (plus picocli's spelling suggestions) and a pointer to
 * {@code --help}, instead of the whole usage text; returns the invalid-input exit code, 2.
 */
public final class ShortErrorMessageHandler implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine commandLine = ex.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(commandLine.getColorScheme().errorText(ex.getMessage()));
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.printf("Try '%s --help' for more information.%n", commandLine.getCommandName());
    err.flush();
    return commandLine.getExitCodeExceptionMapper() != null
        ? commandLine.getExitCodeExceptionMapper().getExitCode(ex)
        : commandLine.getCommandSpec().exitCodeOnInvalidInput();
  }
}
