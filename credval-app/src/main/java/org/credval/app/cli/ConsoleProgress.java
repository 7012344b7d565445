package org.credval.app.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.credval.app.platform.imports.ProgressListener;

/** A progress bar on the console for long imports; silent when output is not a terminal. */
final class ConsoleProgress implements ProgressListener {

  private ProgressBar bar;

  @Override
  public void start(String task, long total) {
    if (System.console() == null) {
      return;
    }
    bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
        .setUnit(" KB", 1024).continuousUpdate().build();
  }

  @Override
  public void step(long done) {
    if (bar != null) {
      bar.stepTo(done);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
