package org.latentexplorer.model;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/** The few engine-wide settings the program needs: device choice, seeds, gradient mode. */
public final class Engines {

  private Engines() {}

  /** The device to compute on: the first GPU when DJL sees one and it is wanted, else the CPU. */
  public static Device device(boolean preferGpu) {
    Engine engine = Engine.getInstance();
    return preferGpu && engine.getGpuCount() > 0 ? Device.gpu() : Device.cpu();
  }

  /** "GPU 0" or "CPU", for people. */
  public static String describe(Device device) {
    return device.isGpu() ? "GPU " + device.getDeviceId() : "CPU";
  }

  /** The engine's name and version, such as "PyTorch 2.7.1". */
  public static String version() {
    Engine engine = Engine.getInstance();
    return engine.getEngineName() + " " + engine.getVersion();
  }

  /** Seeds the engine's random generator (weights, noise). */
  public static void seed(long seed) {
    Engine.getInstance().setRandomSeed((int) (seed ^ (seed >>> 32)));
  }

  /**
   * Turns gradient recording off for the calling thread. PyTorch keeps this setting per thread
   * and records by default, so every thread that runs a model calls this once.
   */
  public static void noGradientsOnThisThread() {
    if ("PyTorch".equals(Engine.getInstance().getEngineName())) {
      JniUtils.setGradMode(false);
    }
  }
}
