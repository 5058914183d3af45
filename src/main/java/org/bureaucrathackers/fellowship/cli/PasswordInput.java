package org.bureaucrathackers.fellowship.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a password without it appearing on the command line (where other users of the machine can see it in
 * the process list): from a file's first line, or from standard input, without echo when that is a terminal.
 */
final class PasswordInput {

    /** Far longer than any password the server accepts, short enough to refuse a wrong file quickly. */
    private static final int MAX_BYTES = 4_096;

    private PasswordInput() {
    }

    /** The password from {@code file}, or from standard input when {@code file} is null or {@code -}. */
    static String read(String file) {
        if (file == null || file.equals("-")) {
            return fromStandardInput();
        }
        Path path = Path.of(file);
        try {
            if (!Files.isRegularFile(path)) {
                throw new CommandFailure("cannot read the password file " + file + ": no such file");
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new CommandFailure("the password file " + file + " is larger than " + MAX_BYTES + " bytes");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return firstLine(in, "the password file " + file);
            }
        } catch (IOException e) {
            throw new CommandFailure("cannot read the password file " + file + ": " + e.getMessage());
        }
    }

    private static String fromStandardInput() {
        Console console = System.console();
        if (console != null && isTerminal(console)) {
            char[] first = console.readPassword("Password: ");
            char[] again = console.readPassword("Password again: ");
            try {
                if (first == null || again == null || !Arrays.equals(first, again)) {
                    throw new CommandFailure("the two passwords differ; nothing was changed");
                }
                return new String(first);
            } finally {
                if (first != null) {
                    Arrays.fill(first, ' ');
                }
                if (again != null) {
                    Arrays.fill(again, ' ');
                }
            }
        }
        try {
            return firstLine(System.in, "standard input");
        } catch (IOException e) {
            throw new CommandFailure("cannot read the password from standard input: " + e.getMessage());
        }
    }

    /** The first line, without its line ending; spaces are part of the password. */
    private static String firstLine(InputStream in, String source) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        char[] buffer = new char[MAX_BYTES];
        int length = 0;
        int c;
        while (length < MAX_BYTES && (c = reader.read()) != -1 && c != '\n') {
            buffer[length++] = (char) c;
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        if (length == 0) {
            throw new CommandFailure("no password in " + source);
        }
        return new String(buffer, 0, length);
    }

    /** Java 22 and later return a console even when input is redirected; only a terminal is prompted. */
    private static boolean isTerminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
