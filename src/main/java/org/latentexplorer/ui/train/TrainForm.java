package org.latentexplorer.ui.train;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.latentexplorer.data.DatasetCatalog;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.train.TrainingOptions;
import org.latentexplorer.ui.common.Tips;

/**
 * The Train tab's settings, with the defaults of the {@code train} command: data, kind,
 * architecture, latent size, hidden sizes, beta, warm-up, epochs, batch size, learning rate, seed
 * and the new model's folder name. {@link #options} reads them, or says which field is wrong.
 */
final class TrainForm extends GridPane {

  final ComboBox<String> data = new ComboBox<>();
  final ChoiceBox<ModelKind> kind = new ChoiceBox<>();
  final ChoiceBox<Architecture> architecture = new ChoiceBox<>();
  final Spinner<Integer> latent = new Spinner<>(1, ModelSpec.MAX_LATENT, 2);
  final TextField hidden = new TextField("512,256");
  final TextField beta = new TextField("1");
  final Spinner<Integer> warmup = new Spinner<>(0, 1000, 0);
  final Spinner<Integer> epochs = new Spinner<>(1, 10_000, 20);
  final Spinner<Integer> batch = new Spinner<>(1, 65_536, 128);
  final TextField learningRate = new TextField("0.001");
  final TextField seed = new TextField("1");
  final TextField name = new TextField();
  private final List<javafx.scene.Node> fixed;

  TrainForm() {
    setHgap(6);
    setVgap(5);
    data.getItems().addAll(DatasetCatalog.BUILT_IN);
    data.setEditable(true);
    data.setValue("fashion-mnist");
    data.setId("train-data");
    data.setPrefWidth(150);
    Button folder = new Button("Folder...");
    folder.setOnAction(e -> chooseFolder());
    folder.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    Button file = new Button("File...");
    file.setOnAction(e -> chooseFile());
    file.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    kind.getItems().addAll(ModelKind.values());
    kind.setValue(ModelKind.VAE);
    kind.setId("train-kind");
    architecture.getItems().addAll(Architecture.MLP, Architecture.CONV);
    architecture.setValue(Architecture.MLP);
    architecture.setOnAction(e -> hidden.setText(join(ModelSpec.defaultHidden(architecture.getValue()))));
    for (Spinner<Integer> s : List.of(latent, warmup, epochs, batch)) {
      s.setEditable(true);
      s.setPrefWidth(90);
    }
    latent.setId("train-latent");
    epochs.setId("train-epochs");
    batch.setId("train-batch");
    beta.setId("train-beta");
    warmup.setId("train-warmup");
    name.setId("train-name");
    Tips.set(beta, "KL weight; while a VAE trains, Apply changes it from the next step");
    getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(), new javafx.scene.layout.ColumnConstraints());
    getColumnConstraints().get(0).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    fixed = List.of(data, folder, file, kind, architecture, latent, hidden, epochs, batch, learningRate, seed, name);
    int r = 0;
    addRow(r++, new Label("Data"), new HBox(4, data, folder, file));
    addRow(r++, new Label("Kind"), kind);
    addRow(r++, new Label("Architecture"), architecture);
    addRow(r++, new Label("Latent size"), latent);
    addRow(r++, new Label("Hidden sizes"), hidden);
    addRow(r++, new Label("Beta"), beta);
    addRow(r++, new Label("KL warm-up, epochs"), warmup);
    addRow(r++, new Label("Epochs"), epochs);
    addRow(r++, new Label("Batch size"), batch);
    addRow(r++, new Label("Learning rate"), learningRate);
    addRow(r++, new Label("Seed"), seed);
    addRow(r, new Label("Model folder name"), name);
    Tips.set(name, "The new folder in the models folder; -vae or -ae is added");
    Tips.set(data, "A built-in data set, or the path of an image folder, IDX file or NumPy .npy/.npz file");
    Tips.set(folder, "Train on a folder of images (one subfolder a class)");
    Tips.set(file, "Train on an IDX or gzipped IDX file of images");
    Tips.set(kind, "AE: a plain autoencoder; VAE: a variational one, whose codes are pulled towards N(0, I)");
    Tips.set(architecture, "MLP: fully connected layers; CONV: convolutional encoder and decoder");
    Tips.set(latent, "Dimensions of the latent space; 2 draws the codes directly");
    Tips.set(hidden, "Widths of the hidden layers (MLP) or channels of the stages (CONV), comma-separated");
    Tips.set(warmup, "Epochs over which beta rises from 0 to its value (0: none)");
    Tips.set(epochs, "Passes over the training data");
    Tips.set(batch, "Images a step");
    Tips.set(learningRate, "Adam's step size");
    Tips.set(seed, "The same seed and settings give the same model");
    data.valueProperty().addListener((o, a, b) -> suggestName());
    latent.valueProperty().addListener((o, a, b) -> suggestName());
    suggestName();
  }

  /**
   * Sets fields by the {@code train} command's option names (--data, --kind, --arch, --latent,
   * --hidden, --beta, --warmup, --epochs, --batch, --lr, --seed, --name); the values were checked.
   * A locked field (a model training) keeps its value.
   */
  void set(java.util.Map<String, String> settings) {
    settings.forEach((option, v) -> {
      switch (option) {
        case "--data" -> setIfOpen(data, () -> data.setValue(v));
        case "--kind" -> setIfOpen(kind, () -> kind.setValue(ModelKind.valueOf(v.toUpperCase(Locale.ROOT))));
        case "--arch" -> setIfOpen(architecture, () -> architecture.setValue(Architecture.valueOf(v.toUpperCase(Locale.ROOT))));
        case "--latent" -> setIfOpen(latent, () -> latent.getValueFactory().setValue(Integer.parseInt(v)));
        case "--hidden" -> setIfOpen(hidden, () -> hidden.setText(v));
        case "--beta" -> beta.setText(v);
        case "--warmup" -> warmup.getValueFactory().setValue(Integer.parseInt(v));
        case "--epochs" -> setIfOpen(epochs, () -> epochs.getValueFactory().setValue(Integer.parseInt(v)));
        case "--batch" -> setIfOpen(batch, () -> batch.getValueFactory().setValue(Integer.parseInt(v)));
        case "--lr" -> setIfOpen(learningRate, () -> learningRate.setText(v));
        case "--seed" -> setIfOpen(seed, () -> seed.setText(v));
        case "--name" -> setIfOpen(name, () -> name.setText(v));
        default -> throw new IllegalArgumentException("not a setting of the Train tab: " + option);
      }
    });
  }

  private static void setIfOpen(javafx.scene.Node field, Runnable set) {
    if (!field.isDisabled()) {
      set.run();
    }
  }

  /** Locks what cannot change while a model trains; beta and the warm-up stay open. */
  void lock(boolean locked) {
    for (javafx.scene.Node n : fixed) {
      n.setDisable(locked);
    }
  }

  private void suggestName() {
    String d = data.getValue() == null ? "data" : DatasetCatalog.nameOf(Path.of(data.getValue()));
    name.setText((d + "-" + latent.getValue() + "d-live").toLowerCase(Locale.ROOT));
  }

  private static String join(List<Integer> widths) {
    return String.join(",", widths.stream().map(String::valueOf).toList());
  }

  private void chooseFolder() {
    File dir = new DirectoryChooser().showDialog(getScene() == null ? null : getScene().getWindow());
    if (dir != null) {
      data.setValue(dir.getPath());
    }
  }

  private void chooseFile() {
    File f = new FileChooser().showOpenDialog(getScene() == null ? null : getScene().getWindow());
    if (f != null) {
      data.setValue(f.getPath());
    }
  }

  /** The options the fields give; throws with the field's name and the problem. */
  TrainingOptions options(Path modelsRoot) {
    String d = data.getEditor().getText() == null || data.getEditor().getText().isBlank()
        ? data.getValue() : data.getEditor().getText().trim();
    if (d == null || d.isBlank()) {
      throw new IllegalArgumentException("Data: name a data set, a folder or a file");
    }
    List<Integer> widths = new ArrayList<>();
    for (String part : hidden.getText().split(",")) {
      if (!part.isBlank()) {
        widths.add(positiveInt("Hidden sizes", part.trim()));
      }
    }
    double b = number("Beta", beta.getText());
    if (!(b >= 0)) {
      throw new IllegalArgumentException("Beta: must be 0 or more, not " + beta.getText());
    }
    double lr = number("Learning rate", learningRate.getText());
    if (!(lr > 0)) {
      throw new IllegalArgumentException("Learning rate: must be positive, not " + learningRate.getText());
    }
    long s;
    try {
      s = Long.parseLong(seed.getText().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Seed: '" + seed.getText() + "' is not a whole number");
    }
    if (name.getText().isBlank() || name.getText().contains("/") || name.getText().contains("\\")) {
      throw new IllegalArgumentException("Model folder name: give a plain name, not '" + name.getText() + "'");
    }
    return TrainingOptions.builder(d, modelsRoot.resolve(name.getText().trim()))
        .kind(kind.getValue()).architecture(architecture.getValue()).latentSize(latent.getValue())
        .hidden(widths).beta(b).warmupEpochs(warmup.getValue()).epochs(epochs.getValue())
        .batchSize(batch.getValue()).learningRate(lr).seed(s)
        .command("Latent Explorer window, Train tab").build();
  }

  /** The beta field as a number, for a live change. */
  double betaValue() {
    double b = number("Beta", beta.getText());
    if (!(b >= 0)) {
      throw new IllegalArgumentException("Beta: must be 0 or more, not " + beta.getText());
    }
    return b;
  }

  private static double number(String field, String text) {
    try {
      double v = Double.parseDouble(text.trim());
      if (!Double.isFinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + ": '" + text + "' is not a number");
    }
  }

  private static int positiveInt(String field, String text) {
    try {
      int v = Integer.parseInt(text);
      if (v < 1) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + ": '" + text + "' is not a positive whole number");
    }
  }
}
