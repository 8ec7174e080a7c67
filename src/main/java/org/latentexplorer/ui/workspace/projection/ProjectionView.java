package org.latentexplorer.ui.workspace.projection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.latentexplorer.latent.embedding.EmbeddingMethod;
import org.latentexplorer.latent.embedding.EmbeddingMethods;

/**
 * Which kind of projection a scatter shows: two latent axes, two principal axes, or the map of one
 * of {@link EmbeddingMethods#ALL}. One instance a kind, so views compare with {@code ==}.
 */
public final class ProjectionView {

  public static final ProjectionView LATENT_AXES = new ProjectionView("LATENT_AXES", "Latent axes", null);
  public static final ProjectionView PCA = new ProjectionView("PCA", "PCA", null);

  private static final Map<EmbeddingMethod, ProjectionView> MAPS = new LinkedHashMap<>();

  static {
    for (EmbeddingMethod m : EmbeddingMethods.ALL) {
      MAPS.put(m, new ProjectionView(m.id().toUpperCase(java.util.Locale.ROOT), m.label(), m));
    }
  }

  private final String name;
  private final String label;
  private final EmbeddingMethod method;

  private ProjectionView(String name, String label, EmbeddingMethod method) {
    this.name = name;
    this.label = label;
    this.method = method;
  }

  /** The view of a method's map. */
  public static ProjectionView of(EmbeddingMethod method) {
    return MAPS.get(method);
  }

  /** Every view: latent axes, PCA, then each method's map. */
  public static List<ProjectionView> values() {
    List<ProjectionView> all = new ArrayList<>(List.of(LATENT_AXES, PCA));
    all.addAll(MAPS.values());
    return all;
  }

  /** The view a session file names ("LATENT_AXES", "PCA", "TSNE", ...), if there is one. */
  public static Optional<ProjectionView> named(String name) {
    return values().stream().filter(v -> v.name.equals(name)).findFirst();
  }

  /** The name sessions write. */
  public String name() {
    return name;
  }

  /** The method whose map this is, or null for latent or principal axes. */
  public EmbeddingMethod method() {
    return method;
  }

  @Override
  public String toString() {
    return label;
  }
}
