package org.credval.app.platform.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * A file to import, with the SHA-256 of its bytes as stored (compressed or not) for provenance.
 * {@link #open()} undoes gzip compression transparently, whatever the file is called.
 */
public record SourceFile(Path path, String name, String sha256, long size, Map<String, String> options) {

  public SourceFile {
    options = Map.copyOf(new TreeMap<>(options));
  }

  public static SourceFile of(Path path) throws IOException {
    return of(path, Map.of());
  }

  /**
   * @param options importer settings given with the file (e.g. {@code year=2023} for a release
   *     that does not state its year)
   */
  public static SourceFile of(Path path, Map<String, String> options) throws IOException {
    if (!Files.isRegularFile(path)) {
      throw new ImportFileException(ErrorCode.FILE_UNREADABLE, "no such file: " + path);
    }
    return new SourceFile(path, path.getFileName().toString(), sha256(path), Files.size(path), options);
  }

  /** The options in a stable text form, stored with the load: {@code k=v;k2=v2}. */
  public String optionsText() {
    StringBuilder s = new StringBuilder();
    new TreeMap<>(options).forEach((k, v) -> s.append(s.isEmpty() ? "" : ";").append(k).append('=').append(v));
    return s.toString();
  }

  /** The content, gunzipped when the file starts with the gzip magic bytes. */
  public InputStream open() throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    raw.mark(2);
    int b1 = raw.read();
    int b2 = raw.read();
    raw.reset();
    if (b1 == 0x1f && b2 == 0x8b) {
      return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
    }
    return raw;
  }

  /** All content bytes, decompressed. Reference files are small enough to hold in memory. */
  public byte[] readAllBytes() throws IOException {
    try (InputStream in = open()) {
      return in.readAllBytes();
    } catch (java.io.EOFException | java.util.zip.ZipException e) {
      throw new ImportFileException(ErrorCode.FILE_UNREADABLE,
          name + " is a damaged or truncated gzip file: " + e.getMessage(), e);
    }
  }

  static String sha256(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
