package org.credval.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.credval.core.SharedData;
import org.credval.core.SocDefinitionsFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class Soc2018Test {

  @Test
  void knowsDetailedOccupationsButNotGroups() {
    assertThat(Soc2018.detailedOccupations()).hasSize(867);
    assertThat(Soc2018.isDetailedOccupation(new SocCode("31-1131"))).isTrue();
    assertThat(Soc2018.title(new SocCode("53-3032"))).contains("Heavy and Tractor-Trailer Truck Drivers");
    assertThat(Soc2018.isDetailedOccupation(new SocCode("31-1130"))).isFalse();
    assertThat(Soc2018.isDetailedOccupation(new SocCode("31-0000"))).isFalse();
  }

  @Test
  void bundledListMatchesTheBlsDefinitionsInSharedData() throws IOException {
    Optional<Path> file = SharedData.file(SocDefinitionsFile.RELATIVE);
    Assumptions.assumeTrue(file.isPresent(), SharedData.missing(SocDefinitionsFile.RELATIVE));
    assertThat(Soc2018.detailedOccupations()).isEqualTo(SocDefinitionsFile.detailedOccupations(file.get()));
  }
}
