package org.qunfang.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form post. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "identity/login";
	}
}
