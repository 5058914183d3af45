package org.bureaucrathackers.fellowship.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.practice.InvalidPracticeException;
import org.bureaucrathackers.fellowship.practice.Practice;
import org.bureaucrathackers.fellowship.practice.PracticeInput;
import org.bureaucrathackers.fellowship.practice.PracticeRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code practice create}: publishing a practice record from a JSON file, the same JSON the API takes. */
@Command(name = "practice", mixinStandardHelpOptions = true, description = "Publish practice records.",
        subcommands = {PracticeCommand.Create.class})
final class PracticeCommand extends CommandGroup {

    /** The largest practice file read. */
    static final long MAX_FILE = 400_000;

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Publish a practice record from a JSON file and print its URL.")
    static final class Create extends InstanceCommand {

        @Parameters(index = "0", paramLabel = "USERNAME", description = "The local fellow publishing it")
        String username;

        @Option(names = "--file", required = true, paramLabel = "FILE",
                description = "The practice as JSON (title, summary, problem, rules, outcomes, ...)")
        Path file;

        Create(SettingsLoader loader, Instance.Opener instances) {
            super(loader, instances);
        }

        @Override
        public Integer call() {
            PracticeRequest request = read(file);
            try (Instance instance = open()) {
                Account author = Fellows.local(instance, username);
                Practice practice = instance.practices().create(author, request);
                out().println(instance.practiceUrl(practice));
            } catch (InvalidPracticeException e) {
                throw new CommandFailure(file + ": " + e.getMessage());
            }
            return FellowshipCommand.OK;
        }

        private static PracticeRequest read(Path file) {
            JsonNode json;
            try {
                if (Files.size(file) > MAX_FILE) {
                    throw new CommandFailure(file + ": a practice file is at most " + MAX_FILE + " bytes");
                }
                json = Json.MAPPER.readTree(Files.readString(file));
            } catch (JsonProcessingException e) {
                throw new CommandFailure(file + " is not valid JSON (line " + e.getLocation().getLineNr() + ")");
            } catch (IOException e) {
                throw new CommandFailure("cannot read " + file + ": " + e.getMessage());
            }
            try {
                return PracticeInput.strict().request(json);
            } catch (InvalidPracticeException e) {
                throw new CommandFailure(file + ": " + e.getMessage());
            }
        }
    }
}
