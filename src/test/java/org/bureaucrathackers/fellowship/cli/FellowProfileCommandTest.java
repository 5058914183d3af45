package org.bureaucrathackers.fellowship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowProfile;
import org.bureaucrathackers.fellowship.actor.GovernmentLevel;
import org.bureaucrathackers.fellowship.actor.OrganisationType;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fellow update} with the structured profile options, against the data folder of a running instance. */
class FellowProfileCommandTest {

    static TestInstance server;

    @TempDir
    java.nio.file.Path work;

    @BeforeAll
    static void start() {
        server = TestInstance.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void every_option_is_stored_and_an_empty_one_clears_its_part() {
        Account alice = server.createFellow("cli_prof_alice");
        CommandRun run = run("fellow", "update", alice.username(), "--organisation", "City of Lviv",
                "--organisation-type", "government", "--role", "Innovation lead", "--country", "ua",
                "--government-level", "local", "--sector", "urban-planning", "--themes", "#OpenData, permits",
                "--aims", "Open every permit register.");
        assertEquals(0, run.status(), run.toString());
        assertEquals(new FellowProfile("City of Lviv", OrganisationType.GOVERNMENT, "Innovation lead", "UA",
                GovernmentLevel.LOCAL, "urban-planning", List.of("opendata", "permits"),
                "Open every permit register."), server.profiles().fellowProfile(alice));

        assertEquals(0, run("fellow", "update", alice.username(), "--organisation", "", "--themes", "").status());
        FellowProfile cleared = server.profiles().fellowProfile(alice);
        assertEquals(null, cleared.organisation());
        assertEquals(List.of(), cleared.themes());
        assertEquals("Innovation lead", cleared.role());
    }

    @Test
    void an_invalid_value_fails_with_one_line_naming_it_and_changes_nothing() {
        Account bob = server.createFellow("cli_prof_bob");
        assertEquals(0, run("fellow", "update", bob.username(), "--role", "Analyst").status());
        CommandRun country = run("fellow", "update", bob.username(), "--role", "Chief", "--country", "XX");
        assertTrue(country.failedWithOneLine(), country.toString());
        assertTrue(country.err().contains("country: must be an ISO 3166-1 alpha-2"), country.err());
        assertEquals("Analyst", server.profiles().fellowProfile(bob).role());

        CommandRun level = run("fellow", "update", bob.username(), "--government-level", "federal");
        assertTrue(level.failedWithOneLine(), level.toString());
        assertTrue(level.err().contains("government_level"), level.err());
        CommandRun themes = run("fellow", "update", bob.username(), "--themes", "a,b,c,d,e,f,g,h,i,j,k");
        assertTrue(themes.failedWithOneLine(), themes.toString());
        assertTrue(themes.err().contains("at most 10 themes"), themes.err());
    }

    @Test
    void a_missing_value_is_a_usage_error_and_help_lists_the_options() {
        Account carol = server.createFellow("cli_prof_carol");
        assertEquals(FellowshipCommand.USAGE, run("fellow", "update", carol.username(), "--country").status());
        String help = CommandRun.run(work, Map.of(), "fellow", "update", "--help").out();
        for (String option : List.of("--organisation", "--organisation-type", "--role", "--country",
                "--government-level", "--sector", "--themes", "--aims")) {
            assertTrue(help.contains(option), option + " in " + help);
        }
    }

    private CommandRun run(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--data", server.dataDir().toString(), "--public-url", server.base(),
                "--allow-private-network"));
        return CommandRun.run(work, Map.of(), all.toArray(String[]::new));
    }
}
