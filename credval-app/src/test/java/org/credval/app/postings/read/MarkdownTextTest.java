package org.credval.app.postings.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  @Test
  void undoesBackslashEscapesSoCredentialNamesReadAsWritten() {
    assertThat(MarkdownText.toText("CompTIA Security\\+ and a Class A CDL\\-A \\& OSHA\\-10"))
        .isEqualTo("CompTIA Security+ and a Class A CDL-A & OSHA-10");
  }

  @Test
  void dropsEmphasisHeadingsAndLinkTargetsAndMarksListItems() {
    String md = "##### **Requirements**\n* Active RN license\n\t+ BLS from [AHA](https://heart.org)\n- CPR";
    assertThat(MarkdownText.toText(md)).isEqualTo("Requirements\n• Active RN license\n\t• BLS from AHA\n• CPR");
  }

  @Test
  void leavesTextWithoutMarkdownAlone() {
    String plain = "Must hold a CDL - Class A.\n- Forklift certification preferred";
    assertThat(MarkdownText.toText(plain)).isSameAs(plain);
  }
}
