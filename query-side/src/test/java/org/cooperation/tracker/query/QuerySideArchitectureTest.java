package org.cooperation.tracker.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The query side's boundaries, checked on every build. The query side is cut by feature,
 * as the command side is: each feature keeps its read model in {@code <feature>.model},
 * the query services and the views they return in {@code <feature>}, and its endpoints
 * and pages in {@code <feature>.web}. Within a feature, web reads the root and the root
 * reads the model; between features only the declared ports are crossed.
 */
@AnalyzeClasses(packages = "org.cooperation.tracker.query", importOptions = ImportOption.DoNotIncludeTests.class)
class QuerySideArchitectureTest {

	private static final String QUERY = "org.cooperation.tracker.query.";

	/**
	 * Every feature package below {@code query}, each with a root, a model and a web
	 * part.
	 */
	private static final List<String> FEATURES = List.of("initiative", "protocol", "history", "matrix", "audit",
			"ledger", "programme.archive", "programme.brand", "programme.calendar", "programme.culturaltour",
			"programme.marketplace", "overview");

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
		.resideInAnyPackage(webPackages())
		.should()
		.dependOnClassesThat()
		.areAssignableTo(Repository.class)
		.orShould()
		.dependOnClassesThat()
		.areAnnotatedWith(Entity.class)
		.orShould()
		.dependOnClassesThat()
		.haveSimpleNameEndingWith("Projection")
		.because("pages and endpoints read the views their feature's query services return, never the "
				+ "tables, the rows or the projections");

	@ArchTest
	static final ArchRule readModelsKnowNothingOfTheirReaders = noClasses().that()
		.resideInAPackage("org.cooperation.tracker.query..model..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(concat(rootPackages(), webPackages()))
		.because("a projection writes its tables from events alone; the query services and the web "
				+ "read them, never the other way round");

	@ArchTest
	static final ArchRule queryServicesKnowNothingOfTheWeb = noClasses().that()
		.resideInAnyPackage(rootPackages())
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(webPackages())
		.because("the views are plain records the API and the pages both serve; HTTP stays in web");

	@ArchTest
	static final ArchRule initiativeReadsThroughDeclaredPorts = feature("initiative",
			"the initiative page shows its participation history and its direction's title, the dashboard "
					+ "lists the protocols next to the status matrix it builds from the matrix figures port",
			"history", "history.model", "matrix", "matrix.model", "protocol", "protocol.model");

	@ArchTest
	static final ArchRule protocolReadsThroughDeclaredPorts = feature("protocol",
			"a protocol's direction lists the initiatives serving it from the initiative rows, the shared "
					+ "spine of the read models",
			"initiative.model");

	@ArchTest
	static final ArchRule historyStandsAlone = feature("history",
			"the participation history is read by others, it reads no other feature");

	@ArchTest
	static final ArchRule matrixIsAPortOnly = feature("matrix",
			"the status matrix and its figures port are what features contribute to; the port knows none of them");

	@ArchTest
	static final ArchRule overviewReadsThroughDeclaredPorts = feature("overview",
			"the overview aggregates the initiatives' and the history's tables and keeps none of its own",
			"initiative.model", "history.model");

	@ArchTest
	static final ArchRule auditStandsAlone = feature("audit",
			"the audit reads the event store itself, not the read models");

	@ArchTest
	static final ArchRule ledgerStandsAlone = feature("ledger",
			"the verifiable history seals the event store itself, not the read models");

	@ArchTest
	static final ArchRule archiveReadsThroughDeclaredPorts = programme("archive");

	@ArchTest
	static final ArchRule brandReadsThroughDeclaredPorts = programme("brand");

	@ArchTest
	static final ArchRule calendarReadsThroughDeclaredPorts = programme("calendar");

	@ArchTest
	static final ArchRule culturalTourReadsThroughDeclaredPorts = programme("culturaltour");

	@ArchTest
	static final ArchRule marketplaceReadsThroughDeclaredPorts = programme("marketplace");

	@ArchTest
	static final ArchRule programmeKindsAreIndependentOfEachOther = slices()
		.matching("org.cooperation.tracker.query.programme.(*)..")
		.should()
		.notDependOnEachOther()
		.because("each initiative kind's records are its own; they meet only in the matrix figures port");

	@ArchTest
	static final ArchRule sharedPlumbingKnowsNoFeature = noClasses().that()
		.resideInAnyPackage(QUERY + "common..", QUERY + "web")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(allFeaturePackagesExcept(Set.of("history.model")))
		.because("common and web plumbing serve every feature; only the page helpers name the history's "
				+ "entry types, which every initiative page shows");

	@ArchTest
	static final ArchRule noPackageCycles = slices().matching("org.cooperation.tracker.query.(**)")
		.should()
		.beFreeOfCycles()
		.because("every package, features' layers included, reads in one direction only");

	@ArchTest
	static final ArchRule noFeatureCycles = slices().matching("org.cooperation.tracker.query.(*)..")
		.should()
		.beFreeOfCycles()
		.ignoreDependency(resideInAPackage(QUERY + "protocol"), resideInAPackage(QUERY + "initiative.model"))
		.because("features read each other in one direction, apart from the protocol queries reading the "
				+ "initiative rows, the spine every feature shares");

	/**
	 * A programme kind reads its own records, the initiative rows for the initiative it
	 * belongs to, and contributes to the matrix figures port.
	 */
	private static ArchRule programme(String kind) {
		return feature("programme." + kind,
				"a programme kind reads only its own records, the initiative it belongs to and the matrix "
						+ "figures port it contributes to",
				"initiative", "initiative.model", "matrix.model");
	}

	/**
	 * No class of the feature depends on another feature's packages except the allowed
	 * ones.
	 */
	private static ArchRule feature(String feature, String because, String... allowed) {
		Set<String> exceptions = new java.util.HashSet<>(Set.of(allowed));
		exceptions.add(feature);
		exceptions.add(feature + ".model");
		exceptions.add(feature + ".web");
		return noClasses().that()
			.resideInAPackage(QUERY + feature + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(allFeaturePackagesExcept(exceptions))
			.because(because);
	}

	private static String[] allFeaturePackagesExcept(Set<String> exceptions) {
		List<String> packages = new ArrayList<>();
		for (String feature : FEATURES) {
			for (String part : List.of(feature, feature + ".model", feature + ".web")) {
				if (!exceptions.contains(part)) {
					packages.add(QUERY + part + (part.equals(feature) ? "" : ".."));
				}
			}
		}
		return packages.toArray(String[]::new);
	}

	private static String[] rootPackages() {
		return FEATURES.stream().map(feature -> QUERY + feature).toArray(String[]::new);
	}

	private static String[] webPackages() {
		List<String> packages = new ArrayList<>(FEATURES.stream().map(feature -> QUERY + feature + ".web..").toList());
		packages.add(QUERY + "web..");
		return packages.toArray(String[]::new);
	}

	private static String[] concat(String[] first, String[] second) {
		List<String> all = new ArrayList<>(List.of(first));
		all.addAll(List.of(second));
		return all.toArray(String[]::new);
	}

}
