package org.qunfang.organization.web;

import java.io.IOException;
import java.util.Locale;

import org.qunfang.identity.Caller;
import org.qunfang.organization.OrganizationPermissions;
import org.qunfang.organization.imports.RegisterExport;
import org.qunfang.organization.imports.RegisterImports;
import org.qunfang.organization.registry.VillageScope;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.excel.ExcelExporter;
import org.qunfang.platform.i18n.QunfangLocaleResolver;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Moving a paper register in: template, upload and check, the per-row report, apply; and the full export. */
@Controller
class ImportController {

	private final RegisterImports imports;
	private final RegisterExport export;
	private final VillageScope villages;
	private final MessageSource messages;

	ImportController(RegisterImports imports, RegisterExport export, VillageScope villages, MessageSource messages) {
		this.imports = imports;
		this.export = export;
		this.villages = villages;
		this.messages = messages;
	}

	@GetMapping("/registry/villages/{id}/import")
	String form(Caller caller, @PathVariable long id, Model model) {
		caller.require(OrganizationPermissions.REGISTRY_IMPORT);
		model.addAttribute("village", villages.village(caller, id));
		return "organization/import";
	}

	@PostMapping("/registry/villages/{id}/import")
	String upload(Caller caller, @PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			Locale locale, Model model) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new DomainException("error.import.no-file");
			}
			return "redirect:/registry/imports/" + imports.check(caller, id, file.getOriginalFilename(), file.getInputStream()).id();
		}
		catch (DomainException refused) {
			model.addAttribute("error", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			model.addAttribute("village", villages.village(caller, id));
			return "organization/import";
		}
	}

	@GetMapping("/registry/imports/{id}")
	String preview(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "false") boolean all, Model model) {
		var summary = imports.summary(caller, id);
		model.addAttribute("summary", summary);
		model.addAttribute("village", villages.village(caller, summary.villageId()));
		model.addAttribute("rows", imports.rows(caller, id, !all, 1000));
		model.addAttribute("all", all);
		return "organization/import-preview";
	}

	@PostMapping("/registry/imports/{id}/apply")
	String apply(Caller caller, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
		try {
			var summary = imports.apply(caller, id);
			redirect.addFlashAttribute("notice", "import.applied");
			return "redirect:/registry/villages/" + summary.villageId();
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("error", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			return "redirect:/registry/imports/" + id;
		}
	}

	/** The template, in the reader's language or the one asked for ({@code language=zh-CN|en}). */
	@GetMapping("/registry/import-template.xlsx")
	ResponseEntity<StreamingResponseBody> templateXlsx(@RequestParam(required = false) String language, Locale locale) {
		Locale chosen = language == null ? locale : QunfangLocaleResolver.supported(Locale.forLanguageTag(language));
		return file("import.template.file", ".xlsx", ExcelExporter.XLSX, chosen, out -> export.writeTemplate(chosen, false, out));
	}

	@GetMapping("/registry/import-template.csv")
	ResponseEntity<StreamingResponseBody> templateCsv(@RequestParam(required = false) String language, Locale locale) {
		Locale chosen = language == null ? locale : QunfangLocaleResolver.supported(Locale.forLanguageTag(language));
		return file("import.template.file", ".csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
				chosen, out -> export.writeTemplate(chosen, true, out));
	}

	@GetMapping("/registry/villages/{id}/register.xlsx")
	ResponseEntity<StreamingResponseBody> registerXlsx(Caller caller, @PathVariable long id, Locale locale) {
		var village = export.authorize(caller, id);
		return file("import.export.file", ".xlsx", ExcelExporter.XLSX, locale, out -> export.writeXlsx(village, locale, out));
	}

	@GetMapping("/registry/villages/{id}/register.csv")
	ResponseEntity<StreamingResponseBody> registerCsv(Caller caller, @PathVariable long id, Locale locale) {
		var village = export.authorize(caller, id);
		return file("import.export.file", ".csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
				locale, out -> export.writeCsv(village, locale, out));
	}

	private ResponseEntity<StreamingResponseBody> file(String nameKey, String extension, MediaType type, Locale locale,
			StreamingResponseBody body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		headers.setContentDisposition(ContentDisposition.attachment()
			.filename(messages.getMessage(nameKey, null, locale) + extension, java.nio.charset.StandardCharsets.UTF_8).build());
		return ResponseEntity.ok().headers(headers).body(body);
	}
}
