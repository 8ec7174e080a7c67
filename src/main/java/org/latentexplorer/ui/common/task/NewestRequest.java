package org.latentexplorer.ui.common.task;

import java.util.function.Consumer;

/**
 * Requests of which only the newest counts, such as the decodes of a dragged slider or the
 * evaluation of the model chosen last: {@link #next} starts a request and makes every older one
 * stale; {@link #endAll} makes them all stale. A result, progress report or failure is shown only
 * while its request is still the newest. Used on the UI thread only.
 */
public final class NewestRequest {

  private long newest;

  /** One request; asked on return whether it still counts. */
  public final class Request {
    private final long id;

    private Request(long id) {
      this.id = id;
    }

    /** The request's number, counting from 1, for a result to say which request it answers. */
    public long number() {
      return id;
    }

    /** Whether no request was started or ended after this one. */
    public boolean isNewest() {
      return id == newest;
    }

    /** {@code action}, run only while this request is the newest. */
    public <T> Consumer<T> ifNewest(Consumer<T> action) {
      return v -> {
        if (isNewest()) {
          action.accept(v);
        }
      };
    }

    /** {@code action}, run only while this request is the newest. */
    public Runnable ifNewest(Runnable action) {
      return () -> {
        if (isNewest()) {
          action.run();
        }
      };
    }
  }

  /** Starts a request; every earlier one is stale from now on. */
  public Request next() {
    return new Request(++newest);
  }

  /** Makes every request stale, such as when what they were for is closed. */
  public void endAll() {
    newest++;
  }
}
