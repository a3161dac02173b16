package org.broadsheet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The layers of Broadsheet's code, checked on its compiled classes: the pipeline's packages use
 * only those below them, the facade ({@code org.broadsheet}) uses the pipeline, and the services
 * use only the facade, the site model and the shared packages. A new package must be put into
 * one of the lists below, where it belongs, or this test fails.
 */
@AnalyzeClasses(packages = "org.broadsheet", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * The pipeline, lowest first: each package may use only those before it. The stages stand in
     * the order a build runs them; the shared packages (what problems are, how work runs, the
     * settings, profiles, replies and the cache) stand below the first stage that uses them.
     */
    static final List<String> PIPELINE = List.of(
            "problem",      // what every stage reports
            "json",
            "hash",
            "run",          // how stages run: in parallel, timed
            "source",       // stage: the files under content/
            "yaml",
            "config",
            "authors",
            "frontmatter",  // stage: front matter to typed records
            "markdown",     // stage: Markdown to HTML
            "cache",
            "article",      // the two stages above, run over every article file
            "model",        // stage: the site model
            "images",       // stage: images in several widths, kept in the cache
            "comments",
            "search",       // stage: the search index's fragments
            "pages",        // stage: which pages the site has, at which paths
            "view",         // what each page's template receives
            "template",     // FreeMarker, set up for the site's templates
            "output",       // the output folder: staged, then swapped in whole
            "render",       // stage: pages rendered and written
            "manifest",     // what the cache records of a finished build
            "preview");     // renders a few pages again from a kept build, for the dev server

    /**
     * What services may use besides the facade: the site model and the shared packages, among them
     * how the site folder's files are read ({@code source}), which services read too.
     */
    static final List<String> SHARED = List.of("problem", "json", "hash", "run", "source", "yaml", "config", "authors",
            "cache", "model", "comments");

    /**
     * The services, each of which may also use those before it (the command line starts them all).
     * The Maven plugin ({@code maven}) and the command line are modules of their own, whose tests
     * apply these rules to them.
     */
    static final List<String> SERVICES = List.of("scaffold", "moderation", "importing", "intake", "check", "serve", "maven",
            "cli");

    private static final String FACADE = "facade";

    /** Each package a slice of its own, the facade's too. */
    private static final SliceAssignment BY_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return SliceIdentifier.of(javaClass.getPackageName());
        }

        @Override
        public String getDescription() {
            return "packages of org.broadsheet";
        }
    };

    @ArchTest
    static final ArchRule everyPackageHasItsPlace = classes().should()
            .resideInAnyPackage(Stream.concat(Stream.of("org.broadsheet"), Stream.concat(PIPELINE.stream(), SERVICES.stream())
                    .map(ArchitectureTest::packageOf)).toArray(String[]::new))
            .as("every package is one of the pipeline's, a service's or the facade's");

    @ArchTest
    static final ArchRule layers = layers();

    /** The style guide's "no global state": a static field may be set once, as a constant. */
    @ArchTest
    static final ArchRule noStaticFieldIsReassigned = fields().that().areStatic().should().beFinal();

    @ArchTest
    static final ArchRule noCycles = slices().assignedFrom(BY_PACKAGE).should().beFreeOfCycles();

    private static LayeredArchitecture layers() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true);
        for (String name : PIPELINE) {
            layers = layers.layer(name).definedBy(packageOf(name));
        }
        layers = layers.layer(FACADE).definedBy("org.broadsheet");
        for (String name : SERVICES) {
            layers = layers.layer(name).definedBy(packageOf(name));
        }
        layers = layers.whereLayer(PIPELINE.get(0)).mayNotAccessAnyLayer();
        for (int i = 1; i < PIPELINE.size(); i++) {
            layers = layers.whereLayer(PIPELINE.get(i)).mayOnlyAccessLayers(PIPELINE.subList(0, i).toArray(String[]::new));
        }
        layers = layers.whereLayer(FACADE).mayOnlyAccessLayers(PIPELINE.toArray(String[]::new));
        for (int i = 0; i < SERVICES.size(); i++) {
            List<String> allowed = new ArrayList<>(SHARED);
            allowed.add(FACADE);
            allowed.addAll(SERVICES.subList(0, i));
            layers = layers.whereLayer(SERVICES.get(i)).mayOnlyAccessLayers(allowed.toArray(String[]::new));
        }
        return layers;
    }

    /**
     * Leaves out the jar of core's tests, which the tests of the other modules use, when they
     * check these rules over the library and their own classes.
     */
    public static final class NotCoreTests implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    private static String packageOf(String name) {
        return "org.broadsheet." + name + "..";
    }
}
