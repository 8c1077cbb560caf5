package app.resonance;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/** Package by feature (see backend/README.md, "Packages"): features form no cycles and keep their persistence private. */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.resonance");

    @Test
    void featuresFormNoCycles() {
        slices().matching("app.resonance.(*)..").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("app.resonance.common..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("app.resonance..").and(not(resideInAPackage("app.resonance.common.."))))
                .because("common is shared by all features and must not know any of them")
                .check(PRODUCTION);
    }

    @Test
    void repositoriesAndEntitiesStayInsideTheirFeature() {
        classes()
                .that()
                .resideOutsideOfPackage("app.resonance.common..")
                .and(simpleNameEndingWith("Repository").or(annotatedWith(Entity.class)))
                .should(beUsedOnlyFromTheirOwnPackage())
                .check(PRODUCTION);
    }

    private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnPackage() {
        return new ArchCondition<>("be used only from their own feature package") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                item.getDirectDependenciesToSelf().stream()
                        .filter(dependency ->
                                !dependency.getOriginClass().getPackageName().equals(item.getPackageName()))
                        .forEach(dependency ->
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription())));
            }
        };
    }
}
