package org.qunfang.platform.qr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes for printed sheets (a village's suggestion-book poster, patrol checkpoints): a PNG drawn on
 * the server, and the public address a code should carry.
 */
public final class QrCodes {

	private QrCodes() {
	}

	/** A black-on-white PNG of the text, {@code pixels} wide and high, with error correction M. */
	public static byte[] png(String text, int pixels) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, pixels, pixels,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
			BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
				}
			}
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			return png.toByteArray();
		}
		catch (WriterException | IOException e) {
			throw new UncheckedIOException(new IOException("QR code could not be drawn", e));
		}
	}

	/** The PNG as an HTTP answer. */
	public static ResponseEntity<byte[]> response(String text, int pixels) {
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noCache())
			.header("X-Content-Type-Options", "nosniff").body(png(text, pixels));
	}

	/**
	 * The address a printed code leads to: the configured public base URL (e.g.
	 * {@code https://qunfang.example.gov.cn}) when there is one, else the address of the current request.
	 */
	public static String address(String publicBaseUrl, String path) {
		String base = publicBaseUrl == null || publicBaseUrl.isBlank()
				? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : publicBaseUrl.replaceAll("/+$", "");
		return base + path;
	}
}
