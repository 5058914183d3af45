package org.bureaucrathackers.fellowship.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
    private static final String[] VALUES = {ROOT + ".paging..", ROOT + ".ids..", ROOT + ".transaction.."};
    /** Wire protocols: signatures, JSON-LD, the ActivityStreams reader, URI rules. */
    private static final String[] PROTOCOLS = {ROOT + ".signature..", ROOT + ".jsonld..", ROOT + ".vocab..",
            ROOT + ".uri.."};
    private static final String STORE = ROOT + ".store..";
    /** The composition root: the root package's classes (App, Main) and the modules in {@code assembly}. */
    private static final String ASSEMBLY = ROOT + ".assembly..";
    private static final String[] HTTP = {"io.javalin..", "org.eclipse.jetty.."};

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void shared_value_types_depend_on_nothing_of_ours() {
        noClasses().that().resideInAnyPackage(VALUES)
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(resideInAnyPackage(VALUES))))
                .check(main);
    }

    @Test
    void protocol_packages_depend_on_no_feature_and_no_http() {
        noClasses().that().resideInAnyPackage(PROTOCOLS)
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..")
                        .and(not(resideInAnyPackage(PROTOCOLS))).and(not(resideInAnyPackage(VALUES))))
                .orShould().dependOnClassesThat().resideInAnyPackage(HTTP)
                .check(main);
    }

    @Test
    void only_the_composition_root_knows_the_store_and_jooq() {
        noClasses().that().resideOutsideOfPackages(ROOT, ASSEMBLY, STORE)
                .should().dependOnClassesThat().resideInAnyPackage(STORE, "org.jooq..")
                .check(main);
    }

    @Test
    void the_command_line_reaches_services_through_its_own_interface_not_the_composition_root() {
        noClasses().that().resideInAPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT, ASSEMBLY)
                .check(main);
    }

    @Test
    void the_store_knows_no_http_library_and_no_command() {
        noClasses().that().resideInAPackage(STORE)
                .should().dependOnClassesThat().resideInAnyPackage(HTTP)
                .orShould().dependOnClassesThat().resideInAPackage(ROOT + ".cli..")
                .check(main);
    }
}
