package org.bureaucrathackers.fellowship.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (installed from npm into src/test/browser by {@code npm ci}) run inside the page a browser shows:
 * injected through the driver, not through the page, so the pages' Content-Security-Policy stays as strict as
 * it is for fellows.
 */
final class AxeAudit {

    static final Path AXE = Path.of("src", "test", "browser", "node_modules", "axe-core", "axe.min.js");
    private static final int MAX_NODES_LISTED = 5;
    private static String source;

    private final WebDriver driver;

    private AxeAudit(WebDriver driver) {
        this.driver = driver;
    }

    static AxeAudit of(WebDriver driver) {
        return new AxeAudit(driver);
    }

    void assertNoSeriousViolations(String where) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations)), e => done('error: ' + e));");
        String json = String.valueOf(result);
        if (json.startsWith("error: ")) {
            throw new AssertionError("axe-core failed on " + where + ": " + json);
        }
        List<String> serious = new ArrayList<>();
        for (JsonNode violation : read(json)) {
            String impact = violation.path("impact").asText();
            if (!impact.equals("serious") && !impact.equals("critical")) {
                continue;
            }
            StringBuilder line = new StringBuilder("  [" + impact + "] " + violation.path("id").asText() + ": "
                    + violation.path("help").asText());
            int listed = 0;
            for (JsonNode node : violation.path("nodes")) {
                if (listed++ == MAX_NODES_LISTED) {
                    line.append("\n      …");
                    break;
                }
                line.append("\n      ").append(node.path("target")).append(' ')
                        .append(node.path("failureSummary").asText().replace('\n', ' '));
            }
            serious.add(line.toString());
        }
        if (!serious.isEmpty()) {
            throw new AssertionError(serious.size() + " serious or critical accessibility violation(s) on " + where
                    + ":\n" + String.join("\n", serious));
        }
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized String axeSource() {
        if (source == null) {
            Assumptions.assumeTrue(Files.isReadable(AXE),
                    "axe-core is not installed: run npm ci --prefix src/test/browser");
            try {
                source = Files.readString(AXE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
