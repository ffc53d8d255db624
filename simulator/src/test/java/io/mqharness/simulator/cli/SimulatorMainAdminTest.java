package io.mqharness.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.simulator.security.AdminAccess;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The standalone simulator's admin token options, and its refusal to expose an open admin API. */
class SimulatorMainAdminTest {

  private static AdminAccess adminAccess(Map<String, String> environment, String... args) {
    SimulatorMain main = new SimulatorMain();
    main.environment = environment::get;
    new CommandLine(main).parseArgs(args);
    return main.adminAccess();
  }

  @Test
  void theTokenComesFromTheOptionElseTheEnvironment() {
    Map<String, String> environment = Map.of(AdminAccess.TOKEN_ENVIRONMENT_VARIABLE, "from-env");

    assertThat(adminAccess(Map.of()).token()).isEmpty();
    assertThat(adminAccess(environment).token()).hasValue("from-env");
    assertThat(adminAccess(environment, "--admin-token", "from-option").token())
        .hasValue("from-option");
    assertThat(adminAccess(Map.of(), "--admin-open").openOnPurpose()).isTrue();
  }

  @Test
  void onTheWildcardAddressWithoutATokenItExitsNonZeroWithTheReason() {
    // given no token anywhere
    SimulatorMain main = new SimulatorMain();
    main.environment = name -> null;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;

    // when it is asked to listen on every interface
    int exit;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      exit = new CommandLine(main).execute("--bind-address", "0.0.0.0", "--port", "0");
    } finally {
      System.setErr(originalErr);
    }

    // then it refuses before listening, and says how to go on
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("0.0.0.0")
        .contains("--admin-token")
        .contains(AdminAccess.TOKEN_ENVIRONMENT_VARIABLE)
        .contains("--admin-open");
    assertThat(Optional.of(main.adminAccess()))
        .hasValueSatisfying(access -> assertThat(access.token()).isEmpty());
  }
}
