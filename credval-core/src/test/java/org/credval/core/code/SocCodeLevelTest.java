package org.credval.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SocCodeLevelTest {

  @Test
  void tellsTheLevelFromTheTrailingZeros() {
    assertThat(new SocCode("29-0000").level()).isEqualTo(SocLevel.MAJOR);
    assertThat(new SocCode("29-1000").level()).isEqualTo(SocLevel.MINOR);
    assertThat(new SocCode("29-1140").level()).isEqualTo(SocLevel.BROAD);
    assertThat(new SocCode("29-1141").level()).isEqualTo(SocLevel.DETAILED);
  }

  @Test
  void knowsTheMinorGroupsNumberedWithinAThousand() {
    assertThat(new SocCode("15-1200").level()).isEqualTo(SocLevel.MINOR);
    assertThat(new SocCode("51-5100").level()).isEqualTo(SocLevel.MINOR);
    assertThat(new SocCode("15-1250").level()).isEqualTo(SocLevel.BROAD);
  }
}
