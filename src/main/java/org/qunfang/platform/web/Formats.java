package org.qunfang.platform.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Formatting for pages ({@code ${@fmt.time(x)}}): instants in the display zone. */
@Component("fmt")
public class Formats {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final ZoneId zone;

	public Formats(ZoneId displayZone) {
		this.zone = displayZone;
	}

	public String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant.atZone(zone));
	}

	public String seconds(Instant instant) {
		return instant == null ? "" : SECONDS.format(instant.atZone(zone));
	}

	/** An amount of money kept in fen, in yuan with two decimals. */
	public String yuan(Long fen) {
		return fen == null ? "" : java.math.BigDecimal.valueOf(fen, 2).toPlainString();
	}
}
