package org.qunfang.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every text has both languages, and every key a page or the code names exists. */
class MessagesTest {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z][a-zA-Z0-9.-]*[a-zA-Z0-9])[}(]");
	private static final Pattern CODE_KEY = Pattern.compile(
			"\"((?:error|validation|nav|home|user|users|role|audit|logins|account|login|password|list|action|form)\\.[a-z][a-zA-Z0-9.-]*[a-zA-Z0-9])\"");

	@Test
	void chineseAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(load("messages_en.properties").stringPropertyNames())
			.isEqualTo(load("messages.properties").stringPropertyNames());
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		for (String file : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties messages = load(file);
			messages.stringPropertyNames().forEach(k -> assertThat(messages.getProperty(k)).as(file + " " + k).isNotBlank());
		}
	}

	@Test
	void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
		Set<String> defined = load("messages.properties").stringPropertyNames();
		Set<String> used = new TreeSet<>();
		collect(Path.of("src/main/resources/templates"), TEMPLATE_KEY, used);
		collect(Path.of("src/main/java"), CODE_KEY, used);
		assertThat(used).isNotEmpty();
		assertThat(defined).containsAll(used);
	}

	private static void collect(Path root, Pattern pattern, Set<String> into) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Matcher m = pattern.matcher(Files.readString(file));
				while (m.find()) {
					into.add(m.group(1));
				}
			}
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
