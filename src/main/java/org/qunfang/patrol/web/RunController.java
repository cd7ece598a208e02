package org.qunfang.patrol.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.qunfang.identity.Caller;
import org.qunfang.identity.UserDirectory;
import org.qunfang.organization.AdminUnits;
import org.qunfang.patrol.PatrolPermissions;
import org.qunfang.patrol.runs.PatrolRun;
import org.qunfang.patrol.runs.PatrolRuns;
import org.qunfang.patrol.runs.RunMisses;
import org.qunfang.organization.registry.VillageScope;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.attachment.Attachments;
import org.qunfang.platform.excel.ExcelColumn;
import org.qunfang.platform.excel.ExcelExporter;
import org.qunfang.platform.web.Outcomes;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A member's patrol of today on the phone (start, photos, end), a run's page, and the list of runs. */
@Controller
class RunController {

	/** A village's line in the list: its runs and misses of the period. */
	record VillageRow(String name, long runs, long misses) {
	}

	private final PatrolRuns runs;
	private final RunMisses misses;
	private final VillageScope villages;
	private final UserDirectory users;
	private final ExcelExporter excel;
	private final MessageSource messages;
	private final AdminUnits units;
	private final Clock clock;

	RunController(PatrolRuns runs, RunMisses misses, VillageScope villages, UserDirectory users, ExcelExporter excel,
			MessageSource messages, AdminUnits units, Clock clock) {
		this.excel = excel;
		this.units = units;
		this.users = users;
		this.villages = villages;
		this.runs = runs;
		this.misses = misses;
		this.messages = messages;
		this.clock = clock;
	}

	/** Today's duty: the shift, the run in progress with its check-ins, or a button to start one. */
	@GetMapping("/patrol/today")
	String today(Caller caller, Model model, Locale locale) {
		if (!caller.has(PatrolPermissions.RUN_RECORD)) {
			caller.require(PatrolPermissions.VIEW);
			model.addAttribute("recorder", false);
			return "patrol/today";
		}
		model.addAttribute("recorder", true);
		PatrolRuns.Today today = runs.today(caller);
		model.addAttribute("today", today);
		model.addAttribute("reportElsewhere", today.run().map(r -> patrolledElsewhere(caller, r, locale)).orElse(null));
		model.addAttribute("clientKey", UUID.randomUUID().toString());
		return "patrol/today";
	}

	@PostMapping("/patrol/runs")
	String start(Caller caller, @RequestParam String clientKey, @RequestParam(required = false) String note, Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, "redirect:/patrol/today", locale, redirect, "patrol.run.notice.started",
				() -> runs.start(caller, clientKey, null, note));
	}

	@PostMapping("/patrol/runs/{id}/end")
	String end(Caller caller, @PathVariable long id, @RequestParam(required = false) String note, Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, "redirect:/patrol/runs/" + id, locale, redirect, "patrol.run.notice.ended",
				() -> runs.end(caller, id, null, note));
	}

	@PostMapping("/patrol/runs/{id}/photos")
	String photo(Caller caller, @PathVariable long id, @RequestParam(required = false) String clientKey,
			@RequestParam(name = "file", required = false) MultipartFile file, Locale locale, RedirectAttributes redirect)
			throws IOException {
		byte[] content = file == null ? new byte[0] : file.getBytes();
		return Outcomes.run(messages, "redirect:/patrol/today", locale, redirect, "patrol.run.notice.photo-added",
				() -> runs.addPhoto(caller, id, clientKey, file == null ? null : file.getOriginalFilename(), content));
	}

	/** A run with its check-ins (phone time and receipt time), photos and the link to report a case. */
	@GetMapping("/patrol/runs/{id}")
	String run(Caller caller, @PathVariable long id, Model model, Locale locale) {
		PatrolRun run = runs.run(caller, id);
		model.addAttribute("run", run);
		model.addAttribute("reportElsewhere", patrolledElsewhere(caller, run, locale));
		model.addAttribute("checkins", runs.checkins(caller, id));
		model.addAttribute("photos", runs.photos(caller, id));
		model.addAttribute("mine", run.userId() == caller.userId());
		return "patrol/run";
	}

	@GetMapping("/patrol/runs/{id}/photos/{photo}")
	ResponseEntity<byte[]> photo(Caller caller, @PathVariable long id, @PathVariable long photo) {
		return Attachments.serve(runs.photo(caller, id, photo), true);
	}

	/** The runs of the last days inside the caller's jurisdiction and what was missed. */
	@GetMapping("/patrol/runs")
	String list(Caller caller, @RequestParam(defaultValue = "7") int days, Model model, Locale locale) {
		caller.require(PatrolPermissions.VIEW);
		int span = Math.clamp(days, 1, 92);
		Instant to = clock.instant().plus(Duration.ofMinutes(1));
		Instant from = to.minus(Duration.ofDays(span));
		model.addAttribute("days", span);
		List<PatrolRun> found = runs.runs(caller, from, to);
		List<RunMisses.Miss> missed = misses.of(caller, from, to);
		model.addAttribute("runs", found);
		model.addAttribute("members", memberNames(found));
		model.addAttribute("misses", missed);
		model.addAttribute("villages", villages.all(caller).stream()
			.map(v -> new VillageRow(v.name(locale), found.stream().filter(r -> r.villageId() == v.id()).count(),
					missed.stream().filter(m -> m.villageId() == v.id()).count()))
			.toList());
		return "patrol/runs";
	}

	/** The runs of the list as a spreadsheet. */
	@GetMapping("/patrol/runs.xlsx")
	ResponseEntity<StreamingResponseBody> export(Caller caller, @RequestParam(defaultValue = "7") int days, Locale locale) {
		caller.require(PatrolPermissions.VIEW);
		Instant to = clock.instant().plus(Duration.ofMinutes(1));
		List<PatrolRun> found = runs.runs(caller, to.minus(Duration.ofDays(Math.clamp(days, 1, 92))), to);
		java.util.Map<Long, String> villageNames = villages.all(caller).stream()
			.collect(java.util.stream.Collectors.toMap(v -> v.id(), v -> v.name(locale)));
		java.util.Map<Long, String> members = memberNames(found);
		List<ExcelColumn<PatrolRun>> columns = List.of(
				ExcelColumn.of("patrol.run.village", r -> villageNames.getOrDefault(r.villageId(), "")),
				ExcelColumn.of("patrol.run.member", r -> members.get(r.userId())),
				ExcelColumn.of("patrol.run.col.started", PatrolRun::startedAt),
				ExcelColumn.of("patrol.run.col.ended", PatrolRun::endedAt),
				ExcelColumn.of("patrol.run.kind", r -> messages.getMessage(r.shiftId() == null ? "patrol.run.adhoc" : "patrol.run.on-shift",
						null, locale)),
				ExcelColumn.of("patrol.run.status", r -> messages.getMessage("patrol.run.status." + r.status(), null, locale)));
		return excel.download("patrol.run.list", columns, found.stream(), locale);
	}

	/**
	 * The name of the village a run patrols when the caller may not register cases there (a partner's member
	 * on a joint patrol): the case is then reported to that village; {@code null} when the caller may.
	 */
	private String patrolledElsewhere(Caller caller, PatrolRun run, Locale locale) {
		if (caller.jurisdiction().covers(run.countyId(), run.scopePath())) {
			return null;
		}
		return units.find(run.villageId()).map(v -> v.name(locale)).orElse("");
	}

	private java.util.Map<Long, String> memberNames(List<PatrolRun> found) {
		return found.stream().map(PatrolRun::userId).distinct()
			.collect(java.util.stream.Collectors.toMap(u -> u, u -> users.find(u).map(UserDirectory.UserSummary::displayName)
				.orElse("#" + u)));
	}

	static String refusal(MessageSource messages, DomainException refused, Locale locale) {
		return messages.getMessage(refused.messageKey(), refused.arguments(), locale);
	}
}
