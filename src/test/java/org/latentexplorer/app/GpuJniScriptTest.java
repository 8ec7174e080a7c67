package org.latentexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.AppHome;

/**
 * The GPU's JNI script builds the JNI of the DJL the program runs with, under the name DJL looks
 * for beside libtorch: upgrading DJL without the script would leave a GPU user with a JNI for the
 * old version.
 */
class GpuJniScriptTest {

  @Test
  void theScriptBuildsTheJniOfTheDjlOnTheClassPath() throws Exception {
    String script = Files.readString(AppHome.get().resolve("src/dist/gpu/build-djl-jni.sh"));
    Matcher version = Pattern.compile("(?m)^DJL_VERSION=(\\S+)$").matcher(script);
    assertTrue(version.find(), "the script names its DJL version");
    assertEquals(Engine.getDjlVersion(), version.group(1), "the DJL on the class path");
    String pom = Files.readString(AppHome.get().resolve("pom.xml"));
    assertTrue(pom.contains("<djl.version>" + version.group(1) + "</djl.version>"), "the pom's DJL");
    assertTrue(script.contains("--branch \"v$DJL_VERSION\""), "DJL's source at that tag");
    assertTrue(script.contains("\"$OUT/$DJL_VERSION-" + System.mapLibraryName("djl_torch") + "\""),
        "the name DJL looks for beside libtorch");
  }
}
