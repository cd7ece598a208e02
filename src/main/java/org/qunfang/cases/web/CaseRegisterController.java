package org.qunfang.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.qunfang.cases.CasesPermissions;
import org.qunfang.cases.register.CaseChannel;
import org.qunfang.cases.register.CaseFilter;
import org.qunfang.cases.register.CaseQueries;
import org.qunfang.cases.register.CaseRow;
import org.qunfang.cases.register.CaseStatus;
import org.qunfang.cases.register.CaseTypes;
import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.registry.VillageScope;
import org.qunfang.platform.excel.ExcelColumn;
import org.qunfang.platform.excel.ExcelExporter;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** 案件登记簿 — the case register: filtered pages, the Excel file, the A4 print and counts by month. */
@Controller
class CaseRegisterController {

	static final int PAGE_SIZE = 50;
	static final int PRINT_LIMIT = 2000;

	private final CaseQueries queries;
	private final CaseTypes types;
	private final VillageScope villages;
	private final ExcelExporter excel;
	private final MessageSource messages;
	private final Clock clock;
	private final ZoneId zone;

	CaseRegisterController(CaseQueries queries, CaseTypes types, VillageScope villages, ExcelExporter excel,
			MessageSource messages, Clock clock, ZoneId zone) {
		this.queries = queries;
		this.types = types;
		this.villages = villages;
		this.excel = excel;
		this.messages = messages;
		this.clock = clock;
		this.zone = zone;
	}

	@GetMapping("/cases")
	String register(Caller caller, @RequestParam(required = false) Long village, @RequestParam(required = false) String type,
			@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) CaseChannel channel,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model,
			Locale locale) {
		CaseFilter filter = new CaseFilter(village, type, status, channel, from, to, q);
		model.addAttribute("page", queries.page(caller, filter, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("months", queries.byMonth(caller, filter, YearMonth.now(clock.withZone(zone))));
		describe(caller, filter, model, locale);
		return "cases/cases";
	}

	/** The filtered register as the paper 台账, for printing on A4 (landscape). */
	@GetMapping("/cases/print")
	String print(Caller caller, @RequestParam(required = false) Long village, @RequestParam(required = false) String type,
			@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) CaseChannel channel,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, Model model, Locale locale) {
		CaseFilter filter = new CaseFilter(village, type, status, channel, from, to, q);
		var page = queries.page(caller, filter, 0, PRINT_LIMIT);
		model.addAttribute("page", page);
		describe(caller, filter, model, locale);
		return "cases/cases-print";
	}

	@GetMapping("/cases.xlsx")
	ResponseEntity<StreamingResponseBody> export(Caller caller, @RequestParam(required = false) Long village,
			@RequestParam(required = false) String type, @RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) CaseChannel channel,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, Locale locale) {
		CaseFilter filter = new CaseFilter(village, type, status, channel, from, to, q);
		Map<Long, String> villageNames = villages.all(caller).stream()
			.collect(Collectors.toMap(AdminUnit::id, v -> v.name(locale)));
		Map<String, String> typeNames = typeNames(caller, locale);
		Function<Enum<?>, String> label = e -> messages.getMessage(key(e), null, locale);
		List<ExcelColumn<CaseRow>> columns = List.of(ExcelColumn.of("case.no", CaseRow::caseNo),
				ExcelColumn.of("case.village", r -> villageNames.getOrDefault(r.villageId(), "")),
				ExcelColumn.of("case.type", r -> typeNames.getOrDefault(r.caseType(), r.caseType())),
				ExcelColumn.of("case.occurred-at", CaseRow::occurredAt), ExcelColumn.of("case.reported-at", CaseRow::reportedAt),
				ExcelColumn.of("case.place", CaseRow::place), ExcelColumn.of("case.summary", CaseRow::summary),
				ExcelColumn.of("case.parties", r -> String.join(messages.getMessage("punct.list", null, locale), r.parties())),
				ExcelColumn.of("case.loss", r -> r.lossFen() / 100.0), ExcelColumn.of("case.reporter", CaseRow::reporterName),
				ExcelColumn.of("case.channel", r -> label.apply(r.channel())), ExcelColumn.of("case.owner", CaseRow::ownerOrgName),
				ExcelColumn.of("case.status", r -> label.apply(r.status())), ExcelColumn.of("case.outcome", CaseRow::outcome),
				ExcelColumn.of("case.ended-at", CaseRow::endedAt));
		return excel.download("cases.register", columns, queries.all(caller, filter), locale);
	}

	private void describe(Caller caller, CaseFilter filter, Model model, Locale locale) {
		List<AdminUnit> all = villages.all(caller);
		Map<Long, AdminUnit> byId = new HashMap<>();
		all.forEach(v -> byId.put(v.id(), v));
		model.addAttribute("filter", filter);
		model.addAttribute("villages", all);
		model.addAttribute("villageById", byId);
		model.addAttribute("types", types.all(caller.jurisdiction().countyId()));
		model.addAttribute("typeNames", typeNames(caller, locale));
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("channels", CaseChannel.values());
		model.addAttribute("canRegister", caller.has(CasesPermissions.CASE_REGISTER));
	}

	private Map<String, String> typeNames(Caller caller, Locale locale) {
		return types.all(caller.jurisdiction().countyId()).stream()
			.collect(Collectors.toMap(CaseTypes.CaseType::code, t -> t.name(locale)));
	}

	static String key(Enum<?> value) {
		return (value instanceof CaseStatus ? "case.status." : "case.channel.") + value.name();
	}
}
