package org.cooperation.tracker.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The query side's boundaries, checked on every build. */
@AnalyzeClasses(packages = "org.cooperation.tracker.query", importOptions = ImportOption.DoNotIncludeTests.class)
class QuerySideArchitectureTest {

	@ArchTest
	static final ArchRule neverDependsOnTheCommandSide = noClasses().should()
		.dependOnClassesThat()
		.resideInAPackage("org.cooperation.tracker.command..")
		.because("the query side only reads the shared event store; it never calls the command side");

	@ArchTest
	static final ArchRule controllersSendNoCommands = noClasses().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.axonframework.commandhandling..", "org.axonframework.queryhandling..")
		.because("controllers read through the query services; there is no command or query bus here");

	@ArchTest
	static final ArchRule webReadsThroughQueryServices = noClasses().that()
		.resideInAPackage("..query.web..")
		.should()
		.dependOnClassesThat()
		.areAssignableTo(Repository.class)
		.orShould()
		.dependOnClassesThat()
		.haveSimpleNameEndingWith("Projection")
		.because("pages and endpoints read the views, never the tables or the projections");

	@ArchTest
	static final ArchRule readModelsKnowNothingOfTheirReaders = noClasses().that()
		.resideInAnyPackage("..query.protocols..", "..query.initiatives..", "..query.history..", "..query.programme..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..query.views..", "..query.web..");

	@ArchTest
	static final ArchRule readModelsAreIndependentOfEachOther = slices()
		.matching("org.cooperation.tracker.query.(protocols|initiatives|history)..")
		.should()
		.notDependOnEachOther();

	@ArchTest
	static final ArchRule programmeReadModelsAreIndependentOfEachOther = slices()
		.matching("org.cooperation.tracker.query.programme.(*)..")
		.should()
		.notDependOnEachOther();

	@ArchTest
	static final ArchRule noPackageCycles = slices().matching("org.cooperation.tracker.query.(*)..")
		.should()
		.beFreeOfCycles();

}
