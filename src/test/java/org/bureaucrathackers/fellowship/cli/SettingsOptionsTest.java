package org.bureaucrathackers.fellowship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.config.Settings;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The contact and rules flags, as every command accepts them. */
class SettingsOptionsTest {

    @CommandLine.Command(name = "probe")
    static final class Probe {
        @CommandLine.Mixin
        SettingsOptions options;
    }

    @TempDir
    Path work;

    @Test
    void each_instance_rules_flag_adds_a_rule_and_the_contact_address_is_taken_as_given() {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs("--instance-rules", "Be kind.", "--instance-rules", "No personal data.",
                "--contact-email", "ops@ministry.example");
        Settings settings = probe.options.load(new SettingsLoader(Map.of("FELLOWSHIP_INSTANCE_RULES", "From env"), work));
        assertEquals(List.of("Be kind.", "No personal data."), settings.rules(), "the flags win over the environment");
        assertEquals("ops@ministry.example", settings.contactEmail());
    }
}
