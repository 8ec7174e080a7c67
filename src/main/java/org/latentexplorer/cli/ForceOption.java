package org.latentexplorer.cli;

import java.nio.file.Path;
import org.latentexplorer.data.OutputFolder;
import picocli.CommandLine.Option;

/** {@code --force} of the commands that write a report folder or a file. */
final class ForceOption {

  @Option(
      names = "--force",
      description = "Write even when --out already holds files: the files this command writes are"
          + " replaced; other files are kept.")
  boolean force;

  /** Checks a report folder before the work (refused when it holds files, unless forced). */
  void prepareFolder(Path out) throws OutputFolder.OutputException {
    OutputFolder.prepare(out, force, null);
  }

  /** Checks an output file before the work (refused when it exists, unless forced). */
  void prepareFile(Path out) throws OutputFolder.OutputException {
    OutputFolder.prepareFile(out, force);
  }
}
