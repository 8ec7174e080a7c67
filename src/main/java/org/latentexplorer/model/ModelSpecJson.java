package org.latentexplorer.model;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;

/**
 * {@link ModelSpec} in model.json as it has always been written: a TorchScript model says {@code
 * "architecture": "TORCHSCRIPT"}, read into {@link ModelSpec#format()} and written back so.
 */
final class ModelSpecJson implements TypeAdapterFactory {

  private static final String ARCHITECTURE = "architecture";
  private static final String FORMAT = "format";
  private static final String TORCHSCRIPT = "TORCHSCRIPT";

  @Override
  @SuppressWarnings("unchecked")
  public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
    if (type.getRawType() != ModelSpec.class) {
      return null;
    }
    TypeAdapter<ModelSpec> plain = gson.getDelegateAdapter(this, TypeToken.get(ModelSpec.class));
    TypeAdapter<JsonElement> elements = gson.getAdapter(JsonElement.class);
    return (TypeAdapter<T>)
        new TypeAdapter<ModelSpec>() {
          @Override
          public void write(JsonWriter out, ModelSpec spec) throws IOException {
            JsonElement tree = plain.toJsonTree(spec);
            if (spec != null && spec.isTorchScript() && tree.isJsonObject()) {
              JsonObject o = tree.getAsJsonObject();
              o.remove(FORMAT);
              JsonObject written = new JsonObject();
              written.add("kind", o.remove("kind"));
              written.add(ARCHITECTURE, new JsonPrimitive(TORCHSCRIPT));
              o.remove(ARCHITECTURE);
              o.entrySet().forEach(e -> written.add(e.getKey(), e.getValue()));
              tree = written;
            }
            elements.write(out, tree);
          }

          @Override
          public ModelSpec read(JsonReader in) throws IOException {
            JsonElement tree = elements.read(in);
            if (tree != null && tree.isJsonObject()) {
              JsonObject o = tree.getAsJsonObject();
              JsonElement a = o.get(ARCHITECTURE);
              if (a != null && a.isJsonPrimitive() && TORCHSCRIPT.equals(a.getAsString())) {
                o.remove(ARCHITECTURE);
                o.addProperty(FORMAT, TorchScriptFormat.NAME);
              } else {
                o.remove(FORMAT);
              }
            }
            return plain.fromJsonTree(tree);
          }
        };
  }
}
