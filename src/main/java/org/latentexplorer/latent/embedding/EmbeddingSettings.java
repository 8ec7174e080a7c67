package org.latentexplorer.latent.embedding;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of an {@link EmbeddingMethod}'s parameters, by key; a parameter not set has its
 * default. The same settings and seed give the same map.
 */
public final class EmbeddingSettings {

  private final EmbeddingMethod method;
  private final Map<String, Double> values;

  private EmbeddingSettings(EmbeddingMethod method, Map<String, Double> values) {
    this.method = method;
    this.values = values;
  }

  /** Every parameter at its default. */
  public static EmbeddingSettings defaults(EmbeddingMethod method) {
    return new EmbeddingSettings(method, new LinkedHashMap<>());
  }

  public EmbeddingMethod method() {
    return method;
  }

  /** The same settings with one value changed. */
  public EmbeddingSettings with(String key, double value) {
    parameter(key);
    Map<String, Double> v = new LinkedHashMap<>(values);
    v.put(key, value);
    return new EmbeddingSettings(method, v);
  }

  /** A parameter's value. */
  public double get(String key) {
    Double v = values.get(key);
    return v != null ? v : parameter(key).defaultValue();
  }

  /** A whole-number parameter's value. */
  public int integer(String key) {
    return (int) Math.round(get(key));
  }

  /** A whole-number parameter's value, such as a seed, as a long. */
  public long whole(String key) {
    return Math.round(get(key));
  }

  private EmbeddingParameter parameter(String key) {
    return method.parameters().stream()
        .filter(p -> p.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(method.label() + " has no parameter " + key));
  }

  @Override
  public String toString() {
    return method.label() + " " + values;
  }
}
