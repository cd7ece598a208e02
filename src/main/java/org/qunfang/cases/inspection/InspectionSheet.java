package org.qunfang.cases.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qunfang.platform.DomainException;
import org.qunfang.platform.text.PlainText;

/**
 * 检查记录表 — the checklist of one inspection filled in: every item of the template answered once, in
 * the template's order, and a hazard for every item that failed, each with its description, responsible
 * party and deadline. Whatever is wrong with the answers is refused before anything is written.
 */
public final class InspectionSheet {

	/** An item of the template as it reads today. */
	public record Item(long id, String wording) {
	}

	/** The result of one item, numbered in the template's order. */
	public record Finding(int seq, long itemId, String wording, boolean passed, String note) {
	}

	/** A hazard found: the failed item's number and what its rectification task will say. */
	public record Hazard(int seq, String description, String responsible, LocalDate deadline) {
	}

	private final List<Finding> findings;
	private final List<Hazard> hazards;

	private InspectionSheet(List<Finding> findings, List<Hazard> hazards) {
		this.findings = List.copyOf(findings);
		this.hazards = List.copyOf(hazards);
	}

	/**
	 * Checks the answers against the template's items and the day.
	 *
	 * @param today the day in the display zone: an inspection cannot be recorded for a later day
	 * @param rectificationDays days a hazard gets when no deadline is given
	 */
	public static InspectionSheet fill(List<Item> items, List<NewInspection.Answer> answers, LocalDate inspectedOn,
			LocalDate today, String responsible, LocalDate deadline, int rectificationDays) {
		if (inspectedOn == null) {
			throw new DomainException("error.inspection.date-missing");
		}
		if (inspectedOn.isAfter(today)) {
			throw new DomainException("error.inspection.future-date", inspectedOn, today);
		}
		if (deadline != null) {
			Rectification.requireDeadline(inspectedOn, deadline);
		}
		Map<Long, NewInspection.Answer> byItem = answersByItem(items, answers);
		List<Finding> findings = new ArrayList<>();
		List<Hazard> hazards = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			NewInspection.Answer answer = byItem.get(item.id());
			if (answer == null || answer.passed() == null) {
				throw new DomainException("error.inspection.item-unanswered", item.wording());
			}
			String note = PlainText.optional("inspection.item-note", answer.note(), 500);
			findings.add(new Finding(i + 1, item.id(), item.wording(), answer.passed(), note));
			if (!answer.passed()) {
				hazards.add(hazard(i + 1, item, answer, note, inspectedOn, responsible, deadline, rectificationDays));
			}
		}
		return new InspectionSheet(findings, hazards);
	}

	private static Map<Long, NewInspection.Answer> answersByItem(List<Item> items, List<NewInspection.Answer> answers) {
		if (answers == null || answers.isEmpty()) {
			throw new DomainException("error.inspection.no-answers");
		}
		Map<Long, NewInspection.Answer> byItem = new HashMap<>();
		for (NewInspection.Answer answer : answers) {
			if (answer == null || answer.itemId() == null
					|| items.stream().noneMatch(item -> item.id() == answer.itemId())) {
				throw new DomainException("error.inspection.unknown-item", answer == null ? null : answer.itemId());
			}
			if (byItem.put(answer.itemId(), answer) != null) {
				throw new DomainException("error.inspection.item-twice", answer.itemId());
			}
		}
		return byItem;
	}

	private static Hazard hazard(int seq, Item item, NewInspection.Answer answer, String note, LocalDate inspectedOn,
			String responsible, LocalDate deadline, int rectificationDays) {
		String description = PlainText.optional("rectification.hazard", answer.hazard(), 1000);
		if (description == null) {
			description = note == null ? item.wording() : item.wording() + "：" + note;
		}
		String party = PlainText.required("rectification.responsible",
				answer.responsible() == null || answer.responsible().isBlank() ? responsible : answer.responsible(), 100);
		LocalDate due = answer.deadline() != null ? answer.deadline()
				: deadline != null ? deadline : inspectedOn.plusDays(rectificationDays);
		Rectification.requireDeadline(inspectedOn, due);
		return new Hazard(seq, description, party, due);
	}

	public List<Finding> findings() {
		return findings;
	}

	/** One hazard for every failed item, in the template's order. */
	public List<Hazard> hazards() {
		return hazards;
	}
}
