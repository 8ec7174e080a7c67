package org.latentexplorer.ui.common.status;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.latentexplorer.model.EngineReport;

/** The window's last line: what the engine is doing, its progress, and the device it runs on. */
public final class StatusBar extends HBox {

  private final StringProperty message = new SimpleStringProperty("Starting");
  private final DoubleProperty progress = new SimpleDoubleProperty(-2);
  private final StringProperty device = new SimpleStringProperty("");
  private final StringProperty detail = new SimpleStringProperty("");

  /** Why the program runs on the CPU build, when the libtorch the user chose did not load. */
  private static final String CPU_INSTEAD = System.getenv(EngineReport.CPU_INSTEAD);

  public StatusBar() {
    Label text = new Label();
    text.setId("status-message");
    text.textProperty().bind(message);
    ProgressBar bar = new ProgressBar();
    bar.setPrefWidth(160);
    bar.progressProperty().bind(progress);
    bar.visibleProperty().bind(progress.greaterThan(-1.5).and(progress.lessThan(1)));
    bar.managedProperty().bind(bar.visibleProperty());
    Label detailLabel = new Label();
    detailLabel.textProperty().bind(detail);
    detailLabel.getStyleClass().add("status-detail");
    Label deviceLabel = new Label();
    deviceLabel.setId("status-device");
    deviceLabel.textProperty().bind(device);
    deviceLabel.getStyleClass().add("status-device");
    if (CPU_INSTEAD != null) {
      Tooltip why = new Tooltip(CPU_INSTEAD);
      why.setWrapText(true);
      why.setMaxWidth(520);
      deviceLabel.setTooltip(why);
    }
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    setSpacing(10);
    setAlignment(Pos.CENTER_LEFT);
    setPadding(new Insets(3, 8, 3, 8));
    getStyleClass().add("status-bar");
    getChildren().addAll(text, bar, gap, detailLabel, deviceLabel);
  }

  /** Says what is happening; {@code fraction} below 0 is an unknown amount, -2 hides the bar. */
  /**
   * This bar as the place the window reports to: progress and errors on its line (an error with
   * the previous state kept), the engine's device beside it.
   */
  public StatusSink sink() {
    return new StatusSink() {
      @Override
      public void show(String message, double fraction) {
        StatusBar.this.show(message, fraction);
      }

      @Override
      public void error(String message) {
        StatusBar.this.show(message, -2);
      }

      @Override
      public void device(String device) {
        setDevice(deviceText(device, CPU_INSTEAD));
      }
    };
  }

  /** The device line: the device, and when the chosen libtorch did not load, that it did not. */
  static String deviceText(String device, String cpuInstead) {
    return "Engine: " + device + (cpuInstead == null ? "" : " (the chosen libtorch did not load)");
  }

  public void show(String text, double fraction) {
    message.set(text);
    progress.set(fraction);
  }

  public void setDevice(String text) {
    device.set(text);
  }

  public void setDetail(String text) {
    detail.set(text);
  }

  public StringProperty messageProperty() {
    return message;
  }

  /** The bar's fraction: 0 to 1, below 0 for an unknown amount, -2 while hidden. */
  public DoubleProperty progressProperty() {
    return progress;
  }
}
