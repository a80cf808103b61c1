package org.cooperation.tracker.command.programme.culturaltour;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.cooperation.tracker.testing.ArchitectureRules;

/** The Cultural Tour's aggregates and rules know nothing of the web, as the core's do. */
@AnalyzeClasses(packages = "org.cooperation.tracker.command", importOptions = ImportOption.DoNotIncludeTests.class)
class CulturalTourArchitectureTest {

	@ArchTest
	static final ArchRule aggregatesKnowNothingOfTheWeb = ArchitectureRules.onlyControllersUse(ArchitectureRules.WEB,
			"org.cooperation.tracker.command.programme.culturaltour..");

}
