package io.mqharness.archrules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Methods of main code that nothing calls or references, in the module's main code or its tests.
 * Frozen: the violations recorded in the module's {@code src/test/resources/frozen} store are
 * tolerated, a new one fails.
 *
 * <p>Not counted as unused: what the JVM or a framework calls (an override or implementation of a
 * supertype's method, {@code main}, an annotated method, an enum's {@code values}/{@code valueOf},
 * a record's accessors and {@code equals}/{@code hashCode}/{@code toString}), and, in a {@link
 * ModuleKind#LIBRARY}, the public and protected methods of public classes, which other modules
 * call.
 */
public final class UnusedCode {
  private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString");

  private UnusedCode() {}

  /**
   * The rule for one module.
   *
   * @param module the module's classes and which of them are judged
   * @param kind whether the module's public API is called from other modules
   * @return a frozen rule over the judged classes' methods; check it with {@code
   *     rule.check(module.classes())}
   */
  public static ArchRule methodsNobodyCalls(ModuleClasses module, ModuleKind kind) {
    return FreezingArchRule.freeze(
        methods()
            .that()
            .areDeclaredInClassesThat(module.checked())
            .should(haveACaller(kind))
            .allowEmptyShould(true)
            .as(
                "every method of "
                    + module.basePackage()
                    + "'s "
                    + module.checked().getDescription()
                    + " has a caller"));
  }

  private static ArchCondition<JavaMethod> haveACaller(ModuleKind kind) {
    return new ArchCondition<>("have a caller") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        if (exempt(method, kind) || calledFromElsewhere(method)) {
          return;
        }
        events.add(
            SimpleConditionEvent.violated(
                method, method.getFullName() + " is never called or referenced"));
      }
    };
  }

  private static boolean calledFromElsewhere(JavaMethod method) {
    return method.getAccessesToSelf().stream().anyMatch(a -> !a.getOrigin().equals(method));
  }

  private static boolean exempt(JavaMethod method, ModuleKind kind) {
    JavaClass owner = method.getOwner();
    Set<JavaModifier> modifiers = method.getModifiers();
    if (modifiers.contains(JavaModifier.SYNTHETIC)
        || modifiers.contains(JavaModifier.BRIDGE)
        || method.getName().contains("$")
        || !method.getAnnotations().isEmpty()
        || OBJECT_METHODS.contains(method.getName())
        || isMain(method)
        || (owner.isEnum() && Set.of("values", "valueOf").contains(method.getName()))
        || isRecordAccessor(method)
        || overridesASupertype(method)) {
      return true;
    }
    return kind == ModuleKind.LIBRARY
        && owner.getModifiers().contains(JavaModifier.PUBLIC)
        && (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED));
  }

  private static boolean isMain(JavaMethod method) {
    return method.getName().equals("main")
        && method.getModifiers().contains(JavaModifier.STATIC)
        && method.getRawParameterTypes().size() == 1;
  }

  private static boolean isRecordAccessor(JavaMethod method) {
    JavaClass owner = method.getOwner();
    return owner.getRawSuperclass().map(s -> s.isEquivalentTo(Record.class)).orElse(false)
        && method.getRawParameterTypes().isEmpty()
        && owner.tryGetField(method.getName()).isPresent();
  }

  private static boolean overridesASupertype(JavaMethod method) {
    JavaClass owner = method.getOwner();
    String[] parameters =
        method.getRawParameterTypes().stream().map(JavaClass::getName).toArray(String[]::new);
    return Stream.concat(
            owner.getAllRawSuperclasses().stream(), owner.getAllRawInterfaces().stream())
        .anyMatch(type -> type.tryGetMethod(method.getName(), parameters).isPresent());
  }
}
