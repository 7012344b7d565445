package org.credval.app.postings.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MojibakeTest {

  @Test
  void repairsUtf8ReadAsCp1252() {
    assertThat(Mojibake.repair("Driver\u00e2\u20ac\u2122s License")).isEqualTo("Driver’s License");
    assertThat(Mojibake.repair("caf\u00c3\u00a9")).isEqualTo("café");
  }

  @Test
  void repairsTextMisEncodedTwice() {
    // ’ read as cp1252, written as UTF-8, read as cp1252 again.
    assertThat(Mojibake.repair("Driver\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2s")).isEqualTo("Driver’s");
  }

  @Test
  void repairsQuotesWhoseLastByteCp1252LeavesUndefined() {
    // ” is E2 80 9D; 0x9D has no cp1252 character and travels as the C1 control U+009D.
    assertThat(Mojibake.repair("\u201c1\u00e2\u20ac\u00c2\u009d above")).isEqualTo("\u201c1\u201d above");
  }

  @Test
  void leavesCorrectTextAlone() {
    String ok = "Señor café – “quoted” • Ã alone";
    assertThat(Mojibake.looksMisEncoded("plain ascii")).isFalse();
    assertThat(Mojibake.repair(ok)).isEqualTo(ok);
  }
}
