package org.qunfang.patrol.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.qunfang.identity.Caller;
import org.qunfang.patrol.PatrolPermissions;
import org.qunfang.patrol.schedule.ScheduleEditRefused;
import org.qunfang.patrol.schedule.ScheduleSolver;
import org.qunfang.patrol.schedule.Schedules;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.excel.ExcelColumn;
import org.qunfang.platform.excel.ExcelExporter;
import org.qunfang.platform.web.Outcomes;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 值班表 pages: the list and planning form, a roster with its edits and absences, print and Excel. */
@Controller
class ScheduleController {

	private final Schedules schedules;
	private final ExcelExporter excel;
	private final MessageSource messages;
	private final ZoneId zone;

	ScheduleController(Schedules schedules, ExcelExporter excel, MessageSource messages, ZoneId zone) {
		this.schedules = schedules;
		this.excel = excel;
		this.messages = messages;
		this.zone = zone;
	}

	@GetMapping("/patrol/schedules")
	String list(Caller caller, Model model) {
		model.addAttribute("schedules", schedules.recent(caller, 100));
		List<Schedules.Plannable> plannable = schedules.plannable(caller);
		model.addAttribute("organizations", plannable);
		model.addAttribute("canPlan", caller.has(PatrolPermissions.SCHEDULE_PLAN));
		LocalDate today = LocalDate.now(zone);
		model.addAttribute("from", today.plusDays(1));
		model.addAttribute("to", today.plusDays(7));
		return "patrol/schedules";
	}

	@PostMapping("/patrol/schedules")
	String build(Caller caller, @RequestParam long orgId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale,
			RedirectAttributes redirect) {
		try {
			return "redirect:/patrol/schedules/" + schedules.plan(caller, orgId, from, to);
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("error", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			return "redirect:/patrol/schedules";
		}
	}

	@GetMapping("/patrol/schedules/{id}")
	String show(Caller caller, @PathVariable long id, Model model) {
		Schedules.ScheduleView schedule = schedules.get(caller, id);
		model.addAttribute("schedule", schedule);
		model.addAttribute("people", people(schedule));
		model.addAttribute("orgName", schedule.orgName());
		model.addAttribute("canPlan", caller.has(PatrolPermissions.SCHEDULE_PLAN));
		model.addAttribute("editable", caller.has(PatrolPermissions.SCHEDULE_PLAN)
				&& List.of("DRAFT", "PUBLISHED").contains(schedule.status()));
		return "patrol/schedule";
	}

	/**
	 * Polled by the page of a schedule the solver is working on: nothing new while it works, a reload of the
	 * page once it is done (or failed).
	 */
	@GetMapping("/patrol/schedules/{id}/progress")
	ResponseEntity<String> progress(Caller caller, @PathVariable long id) {
		if (Schedules.SOLVING.equals(schedules.get(caller, id).status())) {
			return ResponseEntity.noContent().build();
		}
		return ResponseEntity.ok().header("HX-Refresh", "true").body("");
	}

	@PostMapping("/patrol/schedules/{id}/discard")
	String discard(Caller caller, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, "redirect:/patrol/schedules", locale, redirect, "patrol.schedule.discarded",
				() -> schedules.discard(caller, id));
	}

	@GetMapping("/patrol/schedules/{id}/print")
	String print(Caller caller, @PathVariable long id, Model model) {
		Schedules.ScheduleView schedule = schedules.get(caller, id);
		model.addAttribute("schedule", schedule);
		model.addAttribute("orgName", schedule.orgName());
		return "patrol/schedule-print";
	}

	@GetMapping("/patrol/schedules/{id}.xlsx")
	ResponseEntity<StreamingResponseBody> export(Caller caller, @PathVariable long id, Locale locale) {
		Schedules.ScheduleView schedule = schedules.get(caller, id);
		List<ExcelColumn<Schedules.ShiftView>> columns = List.of(
				ExcelColumn.of("patrol.schedule.day", s -> LocalDate.ofInstant(s.start(), zone)),
				ExcelColumn.of("patrol.schedule.shift", Schedules.ShiftView::patternName),
				ExcelColumn.of("patrol.schedule.time", s -> hours(s)),
				ExcelColumn.of("patrol.schedule.zone", Schedules.ShiftView::zoneName),
				ExcelColumn.of("patrol.schedule.people", s -> names(s, locale)));
		return excel.download("patrol.schedule.roster", columns, schedule.shifts().stream(), locale);
	}

	@PostMapping("/patrol/schedules/{id}/publish")
	String publish(Caller caller, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id), locale, redirect, "patrol.schedule.published",
				() -> schedules.publish(caller, id));
	}

	@PostMapping("/patrol/schedules/{id}/shifts/{shiftId}")
	String change(Caller caller, @PathVariable long id, @PathVariable long shiftId,
			@RequestParam(required = false) Long remove, @RequestParam(required = false) Long add, Locale locale,
			RedirectAttributes redirect) {
		try {
			if (schedules.get(caller, id).shifts().stream().noneMatch(s -> s.id() == shiftId)) {
				throw new org.qunfang.platform.NotFoundException();
			}
			Schedules.EditOutcome outcome = schedules.change(caller, shiftId, remove, add);
			redirect.addFlashAttribute("notice", "patrol.schedule.changed");
			if (!outcome.remaining().isEmpty()) {
				redirect.addFlashAttribute("error", remaining(outcome.remaining(), locale));
			}
		}
		catch (ScheduleEditRefused refused) {
			redirect.addFlashAttribute("error", explain(refused, locale));
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("error", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
		}
		return back(id);
	}

	@PostMapping("/patrol/schedules/{id}/absences")
	String absence(Caller caller, @PathVariable long id, @RequestParam long residentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "") String reason, Locale locale, RedirectAttributes redirect) {
		try {
			int refilled = schedules.absence(caller, id, residentId, from, to, reason);
			redirect.addFlashAttribute("error", null);
			redirect.addFlashAttribute("absenceDone", messages.getMessage("patrol.schedule.absence.done",
					new Object[] { refilled }, locale));
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("error", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
		}
		return back(id);
	}

	/** The refusal of an edit with every broken rule named. */
	String explain(ScheduleEditRefused refused, Locale locale) {
		String rules = refused.constraints().stream()
			.map(c -> messages.getMessage("patrol.schedule.constraint." + c, null, c, locale))
			.collect(Collectors.joining("；"));
		return messages.getMessage(refused.messageKey(), new Object[] { rules, refused.constraints().size() }, locale);
	}

	private String remaining(List<ScheduleSolver.Broken> broken, Locale locale) {
		List<String> parts = new ArrayList<>();
		for (ScheduleSolver.Broken b : broken) {
			parts.add(messages.getMessage("patrol.schedule.remaining", new Object[] {
					messages.getMessage("patrol.schedule.constraint." + b.constraint(), null, b.constraint(), locale),
					b.times() }, locale));
		}
		return String.join(" ", parts);
	}

	/** Everyone on the roster, for the absence form. */
	private static Map<Long, String> people(Schedules.ScheduleView schedule) {
		Map<Long, String> people = new java.util.TreeMap<>();
		schedule.shifts().forEach(s -> s.assignments().forEach(a -> people.put(a.residentId(), a.name())));
		return people;
	}

	private String hours(Schedules.ShiftView s) {
		return s.start().atZone(zone).toLocalTime() + "–" + s.end().atZone(zone).toLocalTime();
	}

	private String names(Schedules.ShiftView s, Locale locale) {
		String leads = messages.getMessage("patrol.schedule.leader", null, locale);
		return s.assignments().stream().map(a -> a.leader() ? a.name() + "（" + leads + "）" : a.name())
			.collect(Collectors.joining("、"));
	}

	private static String back(long id) {
		return "redirect:/patrol/schedules/" + id;
	}
}
