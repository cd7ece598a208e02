package org.qunfang.funds.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.qunfang.funds.FundsPermissions;
import org.qunfang.funds.approval.ProposalKind;
import org.qunfang.funds.approval.ProposalQueries;
import org.qunfang.funds.approval.Proposals;
import org.qunfang.funds.ledger.FundVillage;
import org.qunfang.funds.ledger.LedgerQueries;
import org.qunfang.funds.ledger.Purposes;
import org.qunfang.identity.Caller;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.Money;
import org.qunfang.platform.attachment.Attachments;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Expense and re-designation proposals: the village proposes, the township approves and books. */
@Controller
class ProposalController {

	private final Proposals proposals;
	private final ProposalQueries queries;
	private final LedgerQueries books;
	private final Purposes purposes;
	private final MessageSource messages;

	ProposalController(Proposals proposals, ProposalQueries queries, LedgerQueries books, Purposes purposes,
			MessageSource messages) {
		this.proposals = proposals;
		this.queries = queries;
		this.books = books;
		this.purposes = purposes;
		this.messages = messages;
	}

	@GetMapping("/funds/proposals")
	String list(Caller caller, @RequestParam(required = false) Long village, @RequestParam(defaultValue = "false") boolean all,
			Locale locale, Model model) {
		model.addAttribute("proposals", queries.list(caller, village, !all));
		model.addAttribute("all", all);
		model.addAttribute("village", village);
		model.addAttribute("purposeNames",
				purposes.names(caller.jurisdiction().countyId(), locale));
		return "funds/proposals";
	}

	@GetMapping("/funds/proposals/new")
	String form(Caller caller, @RequestParam long village, Model model) {
		caller.require(FundsPermissions.PROPOSE);
		FundVillage v = books.village(caller, village);
		model.addAttribute("v", v);
		model.addAttribute("funds", books.funds(v));
		model.addAttribute("purposes", purposes.active(v.countyId()));
		model.addAttribute("kinds", ProposalKind.values());
		return "funds/proposal-new";
	}

	@PostMapping("/funds/proposals")
	String propose(Caller caller, @RequestParam long village, @RequestParam(defaultValue = "EXPENSE") String kind,
			@RequestParam(defaultValue = "") String purpose, @RequestParam(defaultValue = "") String payee,
			@RequestParam(defaultValue = "") String amount, @RequestParam(defaultValue = "") String description,
			@RequestParam(required = false) Long fromFund,
			@RequestParam(name = "documents", required = false) List<MultipartFile> documents, Locale locale,
			RedirectAttributes redirect) {
		try {
			long id = proposals.propose(caller, village, new Proposals.NewProposal(kind(kind), purpose, payee,
					Money.parseYuan(amount), description, fromFund), documents(documents));
			redirect.addFlashAttribute("notice", "funds.proposal.created");
			return "redirect:/funds/proposals/" + id;
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("error", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			return "redirect:/funds/proposals/new?village=" + village;
		}
	}

	@GetMapping("/funds/proposals/{id}")
	String detail(Caller caller, @PathVariable long id, Locale locale, Model model) {
		ProposalQueries.Detail d = queries.detail(caller, id);
		FundVillage v = books.village(caller, d.proposal().villageId());
		model.addAttribute("d", d);
		model.addAttribute("p", d.proposal());
		model.addAttribute("funds", books.funds(v).stream()
			.filter(f -> f.purposes().contains(d.proposal().purpose()) && f.balance().isPositive()).toList());
		model.addAttribute("fromFund", d.proposal().fromFundId() == null ? null
				: books.funds(v).stream().filter(f -> f.id() == d.proposal().fromFundId()).findFirst().orElse(null));
		model.addAttribute("purposeNames", purposes.names(v.countyId(), locale));
		model.addAttribute("canApprove", caller.has(FundsPermissions.APPROVE));
		model.addAttribute("canApproveLarge", caller.has(FundsPermissions.APPROVE_LARGE));
		model.addAttribute("canPropose", caller.has(FundsPermissions.PROPOSE));
		model.addAttribute("self", caller.username());
		return "funds/proposal";
	}

	@PostMapping("/funds/proposals/{id}/approve")
	String approve(Caller caller, @PathVariable long id, @RequestParam(required = false) Long fund,
			@RequestParam(defaultValue = "") String note,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate bookedOn, Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id), locale, redirect, "funds.proposal.approved",
				() -> proposals.approve(caller, id, fund, note, bookedOn));
	}

	@PostMapping("/funds/proposals/{id}/leader-approve")
	String approveAsLeader(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String note,
			Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id), locale, redirect, "funds.proposal.leader-approved",
				() -> proposals.approveAsLeader(caller, id, note));
	}

	@PostMapping("/funds/proposals/{id}/book")
	String book(Caller caller, @PathVariable long id, @RequestParam(required = false) Long fund,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate bookedOn, Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id), locale, redirect, "funds.proposal.booked",
				() -> proposals.book(caller, id, fund, bookedOn));
	}

	@PostMapping("/funds/proposals/{id}/reject")
	String reject(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String reason, Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id), locale, redirect, "funds.proposal.rejected",
				() -> proposals.reject(caller, id, reason));
	}

	@PostMapping("/funds/proposals/{id}/withdraw")
	String withdraw(Caller caller, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id), locale, redirect, "funds.proposal.withdrawn",
				() -> proposals.withdraw(caller, id));
	}

	@PostMapping("/funds/proposals/{id}/documents")
	String addDocument(Caller caller, @PathVariable long id, @RequestParam(name = "document", required = false) MultipartFile file,
			Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id), locale, redirect, "funds.proposal.document-added",
				() -> proposals.addDocument(caller, id,
						documents(file == null ? List.of() : List.of(file)).stream().findFirst().orElse(null)));
	}

	@GetMapping("/funds/proposals/{id}/documents/{doc}")
	ResponseEntity<byte[]> document(Caller caller, @PathVariable long id, @PathVariable long doc) {
		return Attachments.serve(queries.document(caller, id, doc), false);
	}

	static ProposalKind kind(String text) {
		try {
			return ProposalKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new DomainException("error.funds.proposal-kind", text);
		}
	}

	static List<Proposals.Document> documents(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream().filter(f -> f != null && !f.isEmpty()).map(f -> {
			try {
				return new Proposals.Document(f.getOriginalFilename(), f.getBytes());
			}
			catch (IOException unreadable) {
				throw new UncheckedIOException(unreadable);
			}
		}).toList();
	}

	private static String back(long id) {
		return "redirect:/funds/proposals/" + id;
	}
}
