package org.latentexplorer.cli;

import picocli.CommandLine.IVersionProvider;

/** What {@code --version} prints, on every command. */
public final class Version implements IVersionProvider {

  /** The program's name and version. */
  public static final String TEXT = org.latentexplorer.data.ProgramVersion.TEXT;

  @Override
  public String[] getVersion() {
    return new String[] {TEXT};
  }
}
