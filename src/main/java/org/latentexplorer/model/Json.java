package org.latentexplorer.model;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** The one Gson configuration for the program's JSON files. */
public final class Json {

  /** Pretty-printed, NaN-tolerant, HTML characters left as they are. */
  public static final Gson GSON =
      new GsonBuilder()
          .setPrettyPrinting()
          .serializeSpecialFloatingPointValues()
          .disableHtmlEscaping()
          .registerTypeAdapterFactory(new ModelSpecJson())
          .create();

  private Json() {}
}
