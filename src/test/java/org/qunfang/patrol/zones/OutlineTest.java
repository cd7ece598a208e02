package org.qunfang.patrol.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qunfang.platform.DomainException;

/** A zone's outline as a person types it or an app sends it: read, refused by the point at fault, centred. */
class OutlineTest {

	private static final String SQUARE = """
			28.2280,112.9380
			28.2280，112.9400
			28.2300 112.9400
			28.2300, 112.9380
			""";

	@Test
	void linesOfLatitudeAndLongitudeMakeAnOutlineCentredOnItsArea() {
		Outline outline = Outline.parse(SQUARE);
		assertThat(outline.points()).hasSize(4).first().isEqualTo(new Outline.Point(28.228, 112.938));
		assertThat(outline.centre()).isEqualTo(new Outline.Point(28.229, 112.939));
		assertThat(outline.text()).startsWith("28.228,112.938\n28.228,112.94\n");
		assertThat(Outline.fromJson(outline.toJson())).isEqualTo(outline);
	}

	@Test
	void jsonSemicolonsAndAClosingPointAreReadToo() {
		Outline json = Outline.parse("[[28.228, 112.938], [28.228, 112.94], [28.23, 112.94], [28.23, 112.938], [28.228, 112.938]]");
		assertThat(json.points()).as("the closing point is dropped").hasSize(4);
		assertThat(Outline.parse("28.228,112.938; 28.228,112.94；28.23,112.94; 28.23,112.938")).isEqualTo(json);
		assertThat(Outline.fromCoordinates(List.of(List.of(28.228, 112.938), List.of(28.228, 112.94), List.of(28.23, 112.94),
				List.of(28.23, 112.938)))).isEqualTo(json);
		assertThat(Outline.parse("  \n ")).isNull();
		assertThat(Outline.fromCoordinates(List.of())).isNull();
	}

	@Test
	void aConcaveOutlineIsCentredOnItsArea() {
		// An L of three unit squares: its centroid is at (5/6, 5/6) from the corner.
		Outline l = Outline.parse("0,0\n0,2\n1,2\n1,1\n2,1\n2,0");
		assertThat(l.centre().lat()).isCloseTo(5.0 / 6, org.assertj.core.data.Offset.offset(1e-6));
		assertThat(l.centre().lon()).isCloseTo(5.0 / 6, org.assertj.core.data.Offset.offset(1e-6));
	}

	@Test
	void badOutlinesAreRefusedNamingThePointAtFault() {
		assertRefused("28.228,112.938\n28.228 east\n28.23,112.94", "error.patrol.outline.point", 2, "28.228 east");
		assertRefused("28.228,112.938\n28.228,112.94\n95,112.94", "error.patrol.outline.range", 3, "95,112.94");
		assertRefused("112.938,28.228\n112.94,28.228\n112.94,28.23", "error.patrol.outline.swapped", 1, "112.938,28.228");
		assertRefused("28.228,112.938\n28.228,112.94", "error.patrol.outline.count", 2);
		assertRefused("28.228,112.938\n28.229,112.939\n28.23,112.94", "error.patrol.outline.flat");
		assertRefused("[[28.228, 112.938], oops]", "error.patrol.outline.json");
		assertRefused("[[28.228, 112.938], [28.228], [28.23, 112.94]]", "error.patrol.outline.point", 2, "[28.228]");
		assertRefused("[[28.228, 112.938, 5], [28.228, 112.94], [28.23, 112.94]]", "error.patrol.outline.point", 1,
				"[28.228, 112.938, 5.0]");
		assertRefused("NaN,1\n1,1\n1,2", "error.patrol.outline.point", 1, "NaN,1");
		List<String> many = new ArrayList<>();
		for (int i = 0; i < 102; i++) {
			many.add("28." + (1000 + i) + ",112." + (1000 + i * i % 97));
		}
		assertRefused(String.join("\n", many), "error.patrol.outline.count", 102);
	}

	private static void assertRefused(String text, String key, Object... arguments) {
		assertThatThrownBy(() -> Outline.parse(text)).isInstanceOfSatisfying(DomainException.class, e -> {
			assertThat(e.messageKey()).isEqualTo(key);
			assertThat(e.arguments()).containsExactly(arguments);
		});
	}
}
