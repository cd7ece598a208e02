package org.qunfang.cases.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.qunfang.cases.suggestion.SuggestionIntake;
import org.qunfang.cases.suggestion.SuggestionRegister;
import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The printable A4 poster of a village's suggestion book with its QR code, which leads a villager's phone
 * to the village's public page. The address is {@code qunfang.public-base-url} (the address villagers
 * reach the system at) or, without it, the one this page was opened at.
 */
@Controller
class SuggestionPosterController {

	private static final int QR_PIXELS = 600;

	private final SuggestionRegister register;
	private final SuggestionIntake intake;
	private final String publicBaseUrl;

	SuggestionPosterController(SuggestionRegister register, SuggestionIntake intake,
			@Value("${qunfang.public-base-url:}") String publicBaseUrl) {
		this.register = register;
		this.intake = intake;
		this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
				: publicBaseUrl;
	}

	@GetMapping("/suggestions/villages/{id}/poster")
	String poster(Caller caller, @PathVariable long id, Model model) {
		AdminUnit village = register.village(caller, id);
		model.addAttribute("village", village);
		model.addAttribute("publicUrl", publicUrl(village));
		model.addAttribute("replyDays", intake.replyDays(village.countyId()));
		return "cases/suggestion-poster";
	}

	@GetMapping("/suggestions/villages/{id}/qr.png")
	ResponseEntity<byte[]> qr(Caller caller, @PathVariable long id) throws IOException, WriterException {
		AdminUnit village = register.village(caller, id);
		BitMatrix matrix = new QRCodeWriter().encode(publicUrl(village), BarcodeFormat.QR_CODE, QR_PIXELS, QR_PIXELS,
				Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
		BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noCache())
			.header("X-Content-Type-Options", "nosniff").body(png.toByteArray());
	}

	private String publicUrl(AdminUnit village) {
		String base = publicBaseUrl.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
				: publicBaseUrl;
		return base + "/public/villages/" + village.id();
	}
}
