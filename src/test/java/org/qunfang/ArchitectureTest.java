package org.qunfang;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/** The conventions of ARCHITECTURE.md that a machine can check. */
@AnalyzeClasses(packages = "org.qunfang", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule controllersLiveInWebPackages = classes().that().areAnnotatedWith(Controller.class)
		.or().areAnnotatedWith(RestController.class).or().areMetaAnnotatedWith(RestController.class)
		.should().resideInAPackage("..web..");

	@ArchTest
	static final ArchRule noTransactionsInWeb = noClasses().that().resideInAPackage("..web..")
		.should().beAnnotatedWith(Transactional.class);

	@ArchTest
	static final ArchRule noTransactionalMethodsInWeb = methods().that().areDeclaredInClassesThat()
		.resideInAPackage("..web..").should().notBeAnnotatedWith(Transactional.class);

	@ArchTest
	static final ArchRule noFieldInjection = fields().should().notBeAnnotatedWith(Autowired.class);

	@ArchTest
	static final ArchRule noJavaUtilDate = noClasses().should().dependOnClassesThat()
		.haveFullyQualifiedName("java.util.Date");

	@ArchTest
	static final ArchRule noSqlDateTypesOutsideRowMapping = noClasses().that().resideInAPackage("..web..")
		.should().dependOnClassesThat().resideInAPackage("java.sql..");
}
