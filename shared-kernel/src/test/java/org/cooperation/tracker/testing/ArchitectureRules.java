package org.cooperation.tracker.testing;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The two shapes the architecture tests of every module keep writing: a package that must
 * not depend on others, and the web that only controllers may use.
 */
public final class ArchitectureRules {

	/** The packages of the servlet web. */
	public static final String[] WEB = { "org.springframework.web..", "jakarta.servlet.." };

	private ArchitectureRules() {
	}

	/** No class of the package depends on a class of any of the others. */
	public static ArchRule mayNotDependOn(String packageIdentifier, String... others) {
		return noClasses().that()
			.resideInAPackage(packageIdentifier)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(others);
	}

	/**
	 * No class but a controller, among the classes of these packages (of all the analysed
	 * ones when none is named), depends on a class of the used packages.
	 */
	public static ArchRule onlyControllersUse(String[] used, String... packages) {
		GivenClassesConjunction notControllers = noClasses().that().haveSimpleNameNotEndingWith("Controller");
		return (packages.length == 0 ? notControllers : notControllers.and().resideInAnyPackage(packages)).should()
			.dependOnClassesThat()
			.resideInAnyPackage(used);
	}

}
