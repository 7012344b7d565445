package org.credval.app.platform.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Times as people read them, in the server's time zone: {@code May 3, 2026, 2:05 PM EDT}. Used by
 * templates as {@code ${@time.of(instant)}}.
 */
@Component("time")
public class DisplayTime {

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm a z", Locale.US);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

  private final ZoneId zone = ZoneId.systemDefault();

  public String of(Instant instant) {
    return instant == null ? "" : FORMAT.format(instant.atZone(zone));
  }

  public String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant.atZone(zone));
  }

  /** The machine-readable form for a {@code <time datetime>} attribute. */
  public String iso(Instant instant) {
    return instant == null ? "" : instant.toString();
  }
}
