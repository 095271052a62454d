package nl.burgernet.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * All components share one persistence unit, which refuses to deploy when two entities have the
 * same name (by default the simple class name): caught here, before a server is started.
 */
class EntityNamesTest {

  @Test
  void every_entity_name_is_unique_in_the_persistence_unit() throws IOException {
    Map<String, List<String>> classesByName;
    Path classes = Path.of("target", "classes");
    try (Stream<Path> files = Files.walk(classes)) {
      classesByName =
          files
              .filter(file -> file.toString().endsWith(".class"))
              .map(file -> className(classes, file))
              .map(EntityNamesTest::load)
              .filter(type -> type.isAnnotationPresent(Entity.class))
              .collect(
                  Collectors.groupingBy(
                      EntityNamesTest::entityName,
                      Collectors.mapping(Class::getName, Collectors.toList())));
    }

    assertThat(classesByName).isNotEmpty();
    assertThat(classesByName.values()).allSatisfy(names -> assertThat(names).hasSize(1));
  }

  private static String entityName(Class<?> type) {
    String name = type.getAnnotation(Entity.class).name();
    return name.isEmpty() ? type.getSimpleName() : name;
  }

  private static String className(Path root, Path file) {
    String relative = root.relativize(file).toString();
    return relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, EntityNamesTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
