package org.qunfang.cases.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.qunfang.cases.CasesPermissions;
import org.qunfang.cases.inspection.RectificationQueries;
import org.qunfang.cases.inspection.Rectifications;
import org.qunfang.identity.Caller;
import org.qunfang.platform.web.Outcomes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One rectification task: its hazard and history, the proof, the re-check and a new deadline. */
@Controller
class RectificationController {

	private final Rectifications rectifications;
	private final RectificationQueries tasks;
	private final MessageSource messages;

	RectificationController(Rectifications rectifications, RectificationQueries tasks, MessageSource messages) {
		this.rectifications = rectifications;
		this.tasks = tasks;
		this.messages = messages;
	}

	@GetMapping("/rectifications/{id}")
	String detail(Caller caller, @PathVariable long id, Model model) {
		model.addAttribute("d", tasks.get(caller, id));
		model.addAttribute("canRecord", caller.has(CasesPermissions.INSPECTION_RECORD));
		model.addAttribute("canVerify", caller.has(CasesPermissions.RECTIFICATION_VERIFY));
		return "cases/rectification";
	}

	@PostMapping("/rectifications/{id}/proof")
	String proof(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "") String noPhotoReason,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos, Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id), locale, redirect, "rectification.proof.saved",
				() -> rectifications.submitProof(caller, id, note, noPhotoReason, Uploads.of(photos)));
	}

	@PostMapping("/rectifications/{id}/recheck")
	String recheck(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "false") boolean passed,
			@RequestParam(defaultValue = "") String finding, @RequestParam(required = false) LocalDate deadline,
			Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id), locale, redirect,
				passed ? "rectification.recheck.passed" : "rectification.recheck.failed",
				() -> rectifications.recheck(caller, id, passed, finding, deadline));
	}

	@PostMapping("/rectifications/{id}/deadline")
	String reschedule(Caller caller, @PathVariable long id, @RequestParam(required = false) LocalDate deadline,
			@RequestParam(defaultValue = "") String reason, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id), locale, redirect, "rectification.rescheduled",
				() -> rectifications.reschedule(caller, id, deadline, reason));
	}

	private static String back(long id) {
		return "redirect:/rectifications/" + id;
	}
}
