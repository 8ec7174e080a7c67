package org.latentexplorer.ui.workspace;

import java.nio.file.Path;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.engine.GateExecutor;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.ui.common.status.RecordingStatus;
import org.latentexplorer.ui.common.task.TaskExecutor;

/**
 * View models on same-thread executors, for the view-model tests of every tab: every model's engine
 * runs on the test's thread.
 */
public final class ViewModels {

  public static final Path VAE = AppHome.models().resolve("fashion-vae-2d");
  public static final Path AE = AppHome.models().resolve("fashion-ae-2d");
  public static final Path CONV = AppHome.models().resolve("fashion-conv-vae-16d");

  public static final Path DIGITS_VAE = AppHome.models().resolve("digits-vae-2d");
  public static final Path MNIST_VAE_WITHOUT_1 = AppHome.models().resolve("mnist-vae-16d-without-1");
  public static final Path MNIST_AE_WITHOUT_1 = AppHome.models().resolve("mnist-ae-16d-without-1");

  private ViewModels() {}

  public static Workspace explorer(TaskExecutor tasks, RecordingStatus status) {
    return new Workspace(
        tasks, (folder, progress) -> ModelSession.open(folder, null, progress, new GateExecutor()),
        status);
  }

  /** The decode the engine gives for z, through the same single-point path the pane uses. */
  public static float[] decode(ModelPaneModel pane, float[] z) throws Exception {
    return pane.session().engine().decode(z).get();
  }
}
