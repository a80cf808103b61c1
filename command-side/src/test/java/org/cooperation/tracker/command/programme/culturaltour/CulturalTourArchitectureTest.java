package org.cooperation.tracker.command.programme.culturaltour;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The Cultural Tour's aggregates and rules know nothing of the web, as the core's do. */
@AnalyzeClasses(packages = "org.cooperation.tracker.command", importOptions = ImportOption.DoNotIncludeTests.class)
class CulturalTourArchitectureTest {

	@ArchTest
	static final ArchRule aggregatesKnowNothingOfTheWeb = noClasses().that()
		.haveSimpleNameNotEndingWith("Controller")
		.and()
		.resideInAPackage("org.cooperation.tracker.command.programme.culturaltour..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.web..", "jakarta.servlet..");

}
