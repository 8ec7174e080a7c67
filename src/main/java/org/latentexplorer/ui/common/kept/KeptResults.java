package org.latentexplorer.ui.common.kept;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last few results of a long computation made while the program runs, each under what it
 * depends on, the least recently used dropped first: a lesson step that asks for one again shows
 * the kept one at once instead of computing it anew. Used on the UI thread.
 *
 * @param <K> what a result depends on (a record, compared by value)
 * @param <V> the result
 */
public final class KeptResults<K, V> {

  private final Map<K, V> kept;

  /** Keeps at most {@code size} results. */
  public KeptResults(int size) {
    this.kept = new LinkedHashMap<>(2 * size, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > size;
      }
    };
  }

  public void put(K key, V result) {
    kept.put(key, result);
  }

  /** The result kept under {@code key}, or null. */
  public V get(K key) {
    return kept.get(key);
  }
}
