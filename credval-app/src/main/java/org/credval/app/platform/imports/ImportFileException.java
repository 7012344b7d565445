package org.credval.app.platform.imports;

/** A problem with a file as a whole (unreadable, wrong kind, empty): nothing in it is loaded. */
public class ImportFileException extends RuntimeException {

  private final ErrorCode code;

  public ImportFileException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public ImportFileException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}
