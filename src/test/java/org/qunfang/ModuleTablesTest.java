package org.qunfang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Modules read and write only their own tables (ARCHITECTURE.md: another module's data goes through its
 * API). A table belongs to the module whose migration creates it ({@code V<n>__<module>_….sql}); the SQL in
 * a module's main code (comments left out) may name no table of another module.
 */
class ModuleTablesTest {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
	private static final Path SOURCES = Path.of("src/main/java/org/qunfang");
	/** Tables created by one module's migration but kept by another's code. */
	private static final Map<String, String> KEPT_ELSEWHERE = Map.of("attachment", "platform");
	private static final Pattern MIGRATION = Pattern.compile("V\\d+__([a-z]+).*\\.sql");
	private static final Pattern CREATE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z0-9_]+)");
	private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

	@Test
	void noModuleNamesAnotherModulesTable() throws IOException {
		Map<String, String> owners = owners();
		assertThat(owners).as("tables found in the migrations").hasSizeGreaterThan(50);
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String module = SOURCES.relativize(file).getName(0).toString();
				String code = COMMENTS.matcher(Files.readString(file)).replaceAll(" ");
				owners.forEach((table, owner) -> {
					if (!owner.equals(module) && uses(code, table)) {
						found.add(module + " names " + owner + "'s table " + table + " in " + SOURCES.relativize(file));
					}
				});
			}
		}
		assertThat(found).as("SQL naming another module's table").isEmpty();
	}

	@Test
	void theCheckFindsATableNamedInSql() {
		assertThat(uses("jdbc.sql(\"select d.id from fund d join attachment a on a.id = d.attachment_id\")", "attachment")).isTrue();
		assertThat(uses("\"\"\"\n  insert into resident (id) values (1)\"\"\"", "resident")).isTrue();
		assertThat(uses("\"update admin_unit set name = :n\"", "admin_unit")).isTrue();
		assertThat(uses("\"select resident_id from patrol_assignment\"", "resident")).isFalse();
		assertThat(uses("attachments.load(id)", "attachment")).isFalse();
	}

	private static boolean uses(String code, String table) {
		return Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+" + table + "\\b").matcher(code).find();
	}

	/** Each table and the module that keeps it. */
	private static Map<String, String> owners() throws IOException {
		Set<String> modules = new TreeSet<>();
		try (Stream<Path> dirs = Files.list(SOURCES)) {
			dirs.filter(Files::isDirectory).forEach(d -> modules.add(d.getFileName().toString()));
		}
		Map<String, String> owners = new TreeMap<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.toList()) {
				Matcher name = MIGRATION.matcher(file.getFileName().toString());
				assertThat(name.matches()).as("migration name %s", file.getFileName()).isTrue();
				assertThat(modules).as("module of %s", file.getFileName()).contains(name.group(1));
				Matcher create = CREATE.matcher(Files.readString(file));
				while (create.find()) {
					String table = create.group(1).toLowerCase(java.util.Locale.ROOT);
					owners.put(table, KEPT_ELSEWHERE.getOrDefault(table, name.group(1)));
				}
			}
		}
		return owners;
	}
}
