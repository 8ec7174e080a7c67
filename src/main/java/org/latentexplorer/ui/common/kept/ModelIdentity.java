package org.latentexplorer.ui.common.kept;

import java.nio.file.Path;
import org.latentexplorer.engine.ModelSession;

/**
 * A model as a kept result depends on it: its folder and its parameters' SHA-256, so that a model
 * trained again in the same folder is not mistaken for the old one.
 */
public record ModelIdentity(Path folder, String parameters) {

  public static ModelIdentity of(ModelSession s) {
    var p = s.description().parameters();
    return new ModelIdentity(s.folder().toAbsolutePath().normalize(), p == null ? null : p.sha256());
  }
}
