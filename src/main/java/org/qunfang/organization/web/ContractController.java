package org.qunfang.organization.web;

import java.io.IOException;
import java.util.Locale;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.qunfang.identity.Caller;
import org.qunfang.organization.bodies.NewContract;
import org.qunfang.organization.bodies.SecurityContracts;
import org.qunfang.platform.web.Outcomes;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Security contracts of a contract organization: make, terminate, keep the signed paper. */
@Controller
class ContractController {

	private final SecurityContracts contracts;
	private final org.qunfang.organization.bodies.PreventionOrganizations organizations;
	private final MessageSource messages;

	ContractController(SecurityContracts contracts, org.qunfang.organization.bodies.PreventionOrganizations organizations,
			MessageSource messages) {
		this.contracts = contracts;
		this.organizations = organizations;
		this.messages = messages;
	}

	/** The contract form of the organization page: the fee in yuan, one payment due at the start. */
	record ContractForm(@NotBlank @Size(max = 40) String contractNo, @NotEmpty List<Long> contractorIds, List<Long> groupIds,
			@NotBlank @Size(max = 300) String area, @NotNull LocalDate periodStart, @NotNull LocalDate periodEnd,
			@NotBlank @Size(max = 2000) String duties, @NotBlank @Size(max = 2000) String rights,
			@NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal feeYuan,
			@NotNull @Min(0) @Max(100) Integer patrolsPerWeek) {

		NewContract contract() {
			long fen = feeYuan.movePointRight(2).longValueExact();
			return new NewContract(contractNo, contractorIds, groupIds, area, periodStart, periodEnd, duties, rights, fen,
					patrolsPerWeek, List.of(new NewContract.Payment(periodStart, fen)));
		}
	}

	@PostMapping("/organizations/{id}/contracts")
	String create(Caller caller, @PathVariable long id, @Valid ContractForm form, BindingResult errors, Locale locale,
			RedirectAttributes redirect) {
		organizations.get(caller, id);
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("error", messages.getMessage("error.contract.form", null, locale));
			return "redirect:/organizations/" + id;
		}
		return Outcomes.run(messages, "redirect:/organizations/" + id, locale, redirect, "contract.created",
				() -> contracts.create(caller, id, form.contract()));
	}

	@PostMapping("/contracts/{id}/terminate")
	String terminate(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String reason, Locale locale,
			RedirectAttributes redirect) {
		long org = contracts.get(caller, id).orgId();
		return Outcomes.run(messages, "redirect:/organizations/" + org, locale, redirect, "contract.terminated",
				() -> contracts.terminate(caller, id, reason));
	}

	@PostMapping("/contracts/{id}/signed")
	String attach(Caller caller, @PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			Locale locale, RedirectAttributes redirect) throws IOException {
		long org = contracts.get(caller, id).orgId();
		byte[] content = file == null ? new byte[0] : file.getBytes();
		String name = file == null ? null : file.getOriginalFilename();
		return Outcomes.run(messages, "redirect:/organizations/" + org, locale, redirect, "contract.attached",
				() -> contracts.attachSigned(caller, id, name, content));
	}

	@GetMapping("/contracts/{id}/signed")
	ResponseEntity<byte[]> signed(Caller caller, @PathVariable long id) {
		return org.qunfang.platform.attachment.Attachments.serve(contracts.signed(caller, id), false);
	}
}
