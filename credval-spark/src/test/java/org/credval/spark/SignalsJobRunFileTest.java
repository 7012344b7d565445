package org.credval.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Properties;
import org.credval.core.code.CredentialCode;
import org.credval.core.signals.Area;
import org.credval.core.signals.CredentialSignal;
import org.credval.core.signals.Period;
import org.credval.core.signals.SignalParams;
import org.credval.core.signals.SignalResult;
import org.junit.jupiter.api.Test;

/** The run file the job writes beside its rows names the run as {@code credval signals import} reads it. */
class SignalsJobRunFileTest {

  @Test
  void namesTheRunsScopeThresholdsDigestAndCounts() throws Exception {
    CredentialSignal row = new CredentialSignal(CredentialCode.parse("CDLAA001"), "all", "TX", "2025-Q3", 3, 10, 2, 1, 0,
        0, 0, 0, 3, null, 0, null, 0, null, "");
    SignalParams params = new SignalParams(Period.parse("2025-Q3"), Area.parse("TX"), 12, 4);
    String digest = "0123456789abcdef".repeat(4);
    Properties p = new Properties();
    p.load(new StringReader(SignalsJob.runFile(new SignalResult(List.of(row), digest, 10, 2), params)));
    assertThat(p).containsEntry("engine", "spark").containsEntry("period", "2025-Q3").containsEntry("area", "TX")
        .containsEntry("params", params.describe()).containsEntry("input_sha256", digest)
        .containsEntry("postings", "10").containsEntry("duplicates", "2").containsEntry("rows", "1");
    assertThat(SignalsJob.RUN_FILE).isEqualTo("_credval_run.properties");
  }
}
