package org.latentexplorer.engine;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.latentexplorer.data.CsvText;
import org.latentexplorer.data.ImageSet;

/**
 * Writes latent codes as CSV: index, label, class, part (train or test), z1..zL, then
 * logvar1..logvarL for a VAE.
 */
public final class LatentCsv {

  private LatentCsv() {}

  /**
   * Writes a header line and one row an image: index, label, class, part ("train" or "test": the
   * item's side of the data set's split, {@link ImageSet#isHeldOut}), the ground-truth factors where
   * the data has them (level indices, columns named as in the data), z1..zD, and for a VAE
   * logvar1..logvarD.
   */
  public static void write(Writer out, Encoding encoding, ImageSet images) throws IOException {
    int latent = encoding.latentSize();
    org.latentexplorer.data.FactorTable factors = images.factors();
    StringBuilder header = new StringBuilder("index,label,class,part");
    if (factors != null) {
      factors.names().forEach(n -> header.append(',').append(CsvText.quote(n)));
    }
    for (int d = 1; d <= latent; d++) {
      header.append(",z").append(d);
    }
    if (encoding.logVariances() != null) {
      for (int d = 1; d <= latent; d++) {
        header.append(",logvar").append(d);
      }
    }
    out.write(header.append('\n').toString());
    StringBuilder row = new StringBuilder();
    for (int i = 0; i < encoding.count(); i++) {
      row.setLength(0);
      int label = images.label(i);
      row.append(i).append(',').append(label).append(',').append(CsvText.quote(images.className(label)))
          .append(',').append(images.isHeldOut(i) ? "test" : "train");
      if (factors != null) {
        for (int m = 0; m < factors.names().size(); m++) {
          row.append(',').append(factors.value(i, m));
        }
      }
      for (int d = 0; d < latent; d++) {
        row.append(',').append(format(encoding.means()[i * latent + d]));
      }
      if (encoding.logVariances() != null) {
        for (int d = 0; d < latent; d++) {
          row.append(',').append(format(encoding.logVariances()[i * latent + d]));
        }
      }
      out.write(row.append('\n').toString());
    }
  }

  private static String format(float v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }
}
