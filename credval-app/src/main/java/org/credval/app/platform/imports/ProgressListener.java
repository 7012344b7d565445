package org.credval.app.platform.imports;

/** Told how a long job advances; the command line shows it as a progress bar. */
public interface ProgressListener extends AutoCloseable {

  ProgressListener NONE = new ProgressListener() {
    @Override
    public void start(String task, long total) {}

    @Override
    public void step(long done) {}

    @Override
    public void close() {}
  };

  void start(String task, long total);

  void step(long done);

  @Override
  void close();
}
