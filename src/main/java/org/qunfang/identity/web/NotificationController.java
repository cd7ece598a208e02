package org.qunfang.identity.web;

import org.qunfang.identity.Caller;
import org.qunfang.identity.Notifications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in person's notifications: read them, open what they point to. */
@Controller
class NotificationController {

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	/** A notification with its text in the reader's language. */
	record Shown(Notifications.Notification notification, String text) {
	}

	@GetMapping("/notifications")
	String list(Caller caller, Model model, java.util.Locale locale) {
		model.addAttribute("notifications", notifications.of(caller, 200).stream()
			.map(n -> new Shown(n, notifications.text(n, locale))).toList());
		return "identity/notifications";
	}

	/** Marks a notification read and opens what it points to (or the list again). */
	@PostMapping("/notifications/{id}/read")
	String read(Caller caller, @PathVariable long id) {
		notifications.markRead(caller, id);
		return notifications.of(caller, 200).stream().filter(n -> n.id() == id && n.link() != null
				&& n.link().startsWith("/") && !n.link().startsWith("//")).findFirst()
			.map(n -> "redirect:" + n.link()).orElse("redirect:/notifications");
	}
}
