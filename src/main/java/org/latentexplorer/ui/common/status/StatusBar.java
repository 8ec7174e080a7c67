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
import org.latentexplorer.model.Engines;

/** The window's last line: what the engine is doing, its progress, and the device it runs on. */
public final class StatusBar extends HBox {

  private final StringProperty message = new SimpleStringProperty("Starting");
  private final DoubleProperty progress = new SimpleDoubleProperty(-2);
  private final StringProperty device = new SimpleStringProperty("");
  private final StringProperty detail = new SimpleStringProperty("");
  private final Label deviceLabel = new Label();

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
    deviceLabel.setId("status-device");
    deviceLabel.textProperty().bind(device);
    deviceLabel.getStyleClass().add("status-device");
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    setSpacing(10);
    setAlignment(Pos.CENTER_LEFT);
    setPadding(new Insets(3, 8, 3, 8));
    getStyleClass().add("status-bar");
    getChildren().addAll(text, bar, gap, detailLabel, deviceLabel);
  }

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
        String why = Engines.cpuReason();
        setDevice(deviceText(device, why));
        if (why == null) {
          deviceLabel.setTooltip(null);
        } else if (deviceLabel.getTooltip() == null) {
          Tooltip tip = new Tooltip(why);
          tip.setWrapText(true);
          tip.setMaxWidth(520);
          deviceLabel.setTooltip(tip);
        } else {
          deviceLabel.getTooltip().setText(why);
        }
      }
    };
  }

  /**
   * The device line: the device, and when the work runs on the CPU though another libtorch or the
   * GPU was asked for, that it does (the reason is the line's tooltip).
   */
  static String deviceText(String device, String cpuReason) {
    return "Engine: " + device + (cpuReason == null ? "" : " (not the one asked for)");
  }

  /** Says what is happening; {@code fraction} below 0 is an unknown amount, -2 hides the bar. */
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
