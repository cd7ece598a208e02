package org.qunfang.patrol.zones;

import org.qunfang.platform.text.PlainText;

/**
 * What a person enters for a patrol zone: its name (unique in the village), a description, the centre and
 * the outline, each optional. Without a centre, a zone with an outline is centred on the outline.
 */
public record ZoneDraft(String name, String description, Double centerLat, Double centerLon, Outline outline) {

	/**
	 * A draft as a person typed it on a form: the centre in degrees, the outline one {@code lat,lon} per
	 * line (or as JSON); what cannot be read is refused with a message saying what is wrong.
	 */
	public static ZoneDraft typed(String name, String description, String centerLat, String centerLon, String outline) {
		return new ZoneDraft(name, description, Coordinates.degrees(centerLat), Coordinates.degrees(centerLon),
				Outline.parse(outline));
	}

	/** The draft as stored: text checked and trimmed, coordinates checked, the centre filled in from the outline. */
	ZoneDraft checked() {
		String checkedName = PlainText.required("patrol.zone.name", name, 100);
		String checkedDescription = PlainText.optional("patrol.zone.description", description, 500);
		Coordinates.check(centerLat, centerLon);
		if (centerLat == null && outline != null) {
			Outline.Point centre = outline.centre();
			return new ZoneDraft(checkedName, checkedDescription, centre.lat(), centre.lon(), outline);
		}
		return new ZoneDraft(checkedName, checkedDescription, centerLat, centerLon, outline);
	}
}
