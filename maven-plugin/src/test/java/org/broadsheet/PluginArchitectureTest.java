package org.broadsheet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of {@link ArchitectureTest} over the library and the Maven plugin together: the plugin
 * ({@code org.broadsheet.maven}) is a service, which reaches the pipeline through the facade, the
 * site model, the shared packages and the other services ({@code check}, {@code serve}) only, and
 * no class of the library uses it.
 */
@AnalyzeClasses(packages = "org.broadsheet",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NotCoreTests.class})
class PluginArchitectureTest {

    @ArchTest
    static final ArchTests coreLayers = ArchTests.in(ArchitectureTest.class);

    @ArchTest
    static final ArchRule theLibraryNeverUsesThePlugin = noClasses().that().resideOutsideOfPackage("org.broadsheet.maven..")
            .should().dependOnClassesThat().resideInAPackage("org.broadsheet.maven..")
            .as("no class of broadsheet-core uses the Maven plugin");
}
