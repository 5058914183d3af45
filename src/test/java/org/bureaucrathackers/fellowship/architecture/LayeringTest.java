package org.bureaucrathackers.fellowship.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering ARCHITECTURE.md describes, held on the compiled main classes. Each rule names what it keeps
 * apart; a breach fails with the offending dependencies listed.
 */
class LayeringTest {

    private static final String ROOT = "org.bureaucrathackers.fellowship";
    /** Small shared value types every layer may use; they use nothing of ours. */
    private static final String[] VALUES = packages("paging", "ids", "transaction", "json", "html", "config", "lifecycle");
    /** Wire protocols and their clients: signatures, JSON-LD, the ActivityStreams reader, URIs, fetching. */
    private static final String[] PROTOCOLS = packages("signature", "jsonld", "vocab", "uri", "fetch");
    /** What the server does, whoever asks: each feature owns its records, services and store interfaces. */
    private static final String[] FEATURES = packages("outbox", "actor", "follow", "post", "notification",
            "reading", "directory", "signals", "instance", "moderation", "inbox", "delivery", "webfinger", "practice",
            "media", "community");
    /** The HTTP surfaces: shared HTTP plumbing, ActivityPub and discovery, the Mastodon API, HTML pages. */
    private static final String[] SURFACES = packages("http", "activitypub", "discovery", "mastodon", "web", "session",
            "feeds", "fellowshipapi");
    private static final String STORE = ROOT + ".store..";
    /** The composition root: it alone knows every part. */
    private static final String[] ASSEMBLY = {ROOT, ROOT + ".assembly.."};
    private static final String CLI = ROOT + ".cli..";
    /** The HTTP server side (the Jetty HTTP client in {@code fetch} is not part of it). */
    private static final String[] HTTP_SERVER = {"io.javalin..", "org.eclipse.jetty.server..",
            "org.eclipse.jetty.ee10..", "org.eclipse.jetty.websocket..", "jakarta.servlet.."};

    /** Main classes without the jOOQ code generated from the schema, whose packages refer to each other by design. */
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/store/schema/"))
                .importPackages(ROOT);
    }

    @Test
    void no_two_packages_depend_on_each_other_even_through_others() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(main);
    }

    @Test
    void nothing_depends_on_the_composition_root() {
        noClasses().that().resideOutsideOfPackages(ASSEMBLY)
                .should().dependOnClassesThat().resideInAnyPackage(ASSEMBLY)
                .check(main);
    }

    @Test
    void shared_value_types_depend_on_nothing_of_ours() {
        noClasses().that().resideInAnyPackage(VALUES)
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(resideInAnyPackage(VALUES))))
                .check(main);
    }

    @Test
    void protocols_depend_on_values_and_protocols_only_and_on_no_http_server() {
        noClasses().that().resideInAnyPackage(PROTOCOLS)
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..")
                        .and(not(resideInAnyPackage(PROTOCOLS))).and(not(resideInAnyPackage(VALUES))))
                .orShould().dependOnClassesThat().resideInAnyPackage(HTTP_SERVER)
                .check(main);
    }

    @Test
    void features_know_no_store_no_jooq_no_http_server_and_no_surface() {
        noClasses().that().resideInAnyPackage(FEATURES)
                .should().dependOnClassesThat().resideInAnyPackage(STORE, "org.jooq..")
                .orShould().dependOnClassesThat().resideInAnyPackage(HTTP_SERVER)
                .orShould().dependOnClassesThat().resideInAnyPackage(SURFACES)
                .orShould().dependOnClassesThat().resideInAPackage(CLI)
                .check(main);
    }

    @Test
    void only_the_composition_root_knows_the_store_and_jooq() {
        noClasses().that().resideOutsideOfPackages(STORE).and().resideOutsideOfPackages(ASSEMBLY)
                .should().dependOnClassesThat().resideInAnyPackage(STORE, "org.jooq..")
                .check(main);
    }

    @Test
    void the_store_knows_no_http_server_no_surface_but_the_oauth_and_session_stores_and_no_command() {
        noClasses().that().resideInAPackage(STORE)
                .should().dependOnClassesThat().resideInAnyPackage(HTTP_SERVER)
                .orShould().dependOnClassesThat(resideInAnyPackage(SURFACES)
                        .and(not(resideInAnyPackage(ROOT + ".mastodon.oauth..", ROOT + ".session.."))))
                .orShould().dependOnClassesThat().resideInAPackage(CLI)
                .check(main);
    }

    @Test
    void only_the_surfaces_and_the_composition_root_speak_http() {
        noClasses().that().resideOutsideOfPackages(SURFACES).and().resideOutsideOfPackages(ASSEMBLY)
                .should().dependOnClassesThat().resideInAnyPackage(HTTP_SERVER)
                .check(main);
    }

    @Test
    void the_command_line_reaches_the_server_through_its_own_narrow_interface() {
        noClasses().that().resideInAPackage(CLI)
                .should().dependOnClassesThat().resideInAnyPackage(ASSEMBLY)
                .orShould().dependOnClassesThat().resideInAnyPackage(STORE, "org.jooq..")
                .orShould().dependOnClassesThat().resideInAnyPackage(HTTP_SERVER)
                .check(main);
    }

    private static String[] packages(String... names) {
        String[] result = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            result[i] = ROOT + "." + names[i] + "..";
        }
        return result;
    }
}
