package org.cooperation.tracker.kernel;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The published language stays light: both sides and future clients can depend on it. */
@AnalyzeClasses(packages = "org.cooperation.tracker.kernel", importOptions = ImportOption.DoNotIncludeTests.class)
class SharedKernelArchitectureTest {

	@ArchTest
	static final ArchRule noSpringWebOrJpa = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..", "jakarta.servlet..")
		.because("shared-kernel is the published language and depends on axon-modelling at most");

	@ArchTest
	static final ArchRule noSideDependsOnKernel = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.cooperation.tracker.command..", "org.cooperation.tracker.query..")
		.because("the kernel knows neither side");

}
