package org.qunfang.cases.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

import org.junit.jupiter.api.Test;
import org.qunfang.platform.DomainException;

/** Filling in a checklist, without Spring: every item answered once, a hazard for every failed item. */
class InspectionSheetTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
	private static final List<InspectionSheet.Item> ITEMS = List.of(new InspectionSheet.Item(11, "灭火器在有效期内"),
			new InspectionSheet.Item(12, "安全出口畅通"), new InspectionSheet.Item(13, "电线无私拉乱接"));

	@Property
	void everyFailedItemYieldsExactlyOneHazard(@ForAll @Size(min = 1, max = 30) List<Boolean> results) {
		List<InspectionSheet.Item> items = IntStream.range(0, results.size())
			.mapToObj(i -> new InspectionSheet.Item(100 + i, "项目" + i)).toList();
		List<NewInspection.Answer> answers = new ArrayList<>();
		for (int i = results.size() - 1; i >= 0; i--) {
			answers.add(NewInspection.Answer.of(100 + i, results.get(i), null));
		}
		InspectionSheet sheet = InspectionSheet.fill(items, answers, TODAY, TODAY, "店主", null, 15);
		assertThat(sheet.findings()).extracting(InspectionSheet.Finding::seq)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, results.size()).boxed().toList());
		assertThat(sheet.hazards()).extracting(InspectionSheet.Hazard::seq)
			.containsExactlyElementsOf(IntStream.range(0, results.size()).filter(i -> !results.get(i)).map(i -> i + 1).boxed()
				.toList());
		assertThat(sheet.hazards()).allSatisfy(h -> assertThat(h.deadline()).isEqualTo(TODAY.plusDays(15)));
	}

	@Test
	void aHazardReadsAsItsItemWithTheNoteAndTakesTheGivenPartyAndDeadline() {
		InspectionSheet sheet = InspectionSheet.fill(ITEMS,
				List.of(NewInspection.Answer.of(11, false, "两具过期"), NewInspection.Answer.of(12, true, null),
						new NewInspection.Answer(13L, false, null, "后厨插线板串接", "厨师长", TODAY.plusDays(3))),
				TODAY.minusDays(1), TODAY, "店主 王某", TODAY.plusDays(10), 15);
		assertThat(sheet.hazards()).containsExactly(
				new InspectionSheet.Hazard(1, "灭火器在有效期内：两具过期", "店主 王某", TODAY.plusDays(10)),
				new InspectionSheet.Hazard(3, "后厨插线板串接", "厨师长", TODAY.plusDays(3)));
	}

	@Test
	void anInspectionCannotBeRecordedForALaterDay() {
		assertRefused(() -> InspectionSheet.fill(ITEMS, allPass(), TODAY.plusDays(1), TODAY, null, null, 15),
				"error.inspection.future-date");
		assertRefused(() -> InspectionSheet.fill(ITEMS, allPass(), null, TODAY, null, null, 15), "error.inspection.date-missing");
		assertThat(InspectionSheet.fill(ITEMS, allPass(), TODAY, TODAY, null, null, 15).hazards()).isEmpty();
	}

	@Test
	void everyItemMustBeAnsweredOnceAndNoOtherItem() {
		assertRefused(() -> InspectionSheet.fill(ITEMS, allPass().subList(0, 2), TODAY, TODAY, null, null, 15),
				"error.inspection.item-unanswered");
		List<NewInspection.Answer> twice = new ArrayList<>(allPass());
		twice.add(NewInspection.Answer.of(12, false, null));
		assertRefused(() -> InspectionSheet.fill(ITEMS, twice, TODAY, TODAY, "x", null, 15), "error.inspection.item-twice");
		List<NewInspection.Answer> stranger = new ArrayList<>(allPass());
		stranger.add(NewInspection.Answer.of(99, true, null));
		assertRefused(() -> InspectionSheet.fill(ITEMS, stranger, TODAY, TODAY, null, null, 15),
				"error.inspection.unknown-item");
		assertRefused(() -> InspectionSheet.fill(ITEMS, List.of(), TODAY, TODAY, null, null, 15), "error.inspection.no-answers");
		assertRefused(() -> InspectionSheet.fill(ITEMS,
				List.of(NewInspection.Answer.of(11, true, null), NewInspection.Answer.of(12, true, null),
						new NewInspection.Answer(13L, null, null, null, null, null)),
				TODAY, TODAY, null, null, 15), "error.inspection.item-unanswered");
	}

	@Test
	void aHazardNeedsAResponsiblePartyAndADeadlineNotBeforeTheInspection() {
		List<NewInspection.Answer> oneFails = List.of(NewInspection.Answer.of(11, false, null),
				NewInspection.Answer.of(12, true, null), NewInspection.Answer.of(13, true, null));
		assertRefused(() -> InspectionSheet.fill(ITEMS, oneFails, TODAY, TODAY, " ", null, 15), "error.text.empty");
		assertRefused(() -> InspectionSheet.fill(ITEMS, oneFails, TODAY, TODAY, "店主", TODAY.minusDays(1), 15),
				"error.rectification.deadline-before-inspection");
		assertRefused(() -> InspectionSheet.fill(ITEMS, oneFails, TODAY, TODAY, "x".repeat(101), null, 15),
				"error.text.too-long");
	}

	@Test
	void notesWithScriptOrOversizedAreRefused() {
		assertRefused(() -> InspectionSheet.fill(ITEMS, List.of(NewInspection.Answer.of(11, true, "<img src=x onerror=alert(1)>"),
				NewInspection.Answer.of(12, true, null), NewInspection.Answer.of(13, true, null)), TODAY, TODAY, null, null, 15),
				"error.text.markup");
		assertRefused(() -> InspectionSheet.fill(ITEMS, List.of(NewInspection.Answer.of(11, true, "长".repeat(501)),
				NewInspection.Answer.of(12, true, null), NewInspection.Answer.of(13, true, null)), TODAY, TODAY, null, null, 15),
				"error.text.too-long");
	}

	private static List<NewInspection.Answer> allPass() {
		return ITEMS.stream().map(i -> NewInspection.Answer.of(i.id(), true, null)).toList();
	}

	private static void assertRefused(Runnable action, String key) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.messageKey()).isEqualTo(key));
	}
}
